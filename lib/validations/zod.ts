import { z } from 'zod';

// Every schema imports z from here. Our CSP forbids eval, and zod's fast path first probes
// `new Function`, which browsers report as a CSP violation on every page with a form: run without it.
z.config({ jitless: true });

export { z };

/** The input of an action that takes none (it still goes through staffAction's parse). */
export const noInput = z.object({});
