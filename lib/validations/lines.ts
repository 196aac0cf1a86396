import { z } from './zod';

/** One entry per non-empty line (textareas that edit a list: takeaways, credentials, insurers…). */
export function linesOf(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * A textarea holding a list, one entry per line. Stays a string in the form (so the same schema
 * validates in the browser and on the server); domain code turns it into an array with linesOf.
 */
export function lineList(what: string, { maxLines = 12, maxLength = 200 } = {}) {
  return z
    .string()
    .max(maxLines * (maxLength + 2), `That is too long for a list of ${what}.`)
    .superRefine((value, ctx) => {
      const lines = linesOf(value);
      if (lines.length > maxLines)
        ctx.addIssue({ code: 'custom', message: `List at most ${maxLines} ${what}.` });
      const long = lines.find((line) => line.length > maxLength);
      if (long)
        ctx.addIssue({
          code: 'custom',
          message: `Keep each line under ${maxLength} characters (“${long.slice(0, 30)}…” is longer).`,
        });
    });
}
