import type { StaffRole } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import type { StaffPrincipal } from '@/lib/auth/roles';

/**
 * Domain functions check the caller's role themselves, so they stay safe whichever action, page or
 * test calls them (staffAction checks first; this is the second lock, on the same key).
 */
export const FORBIDDEN_MESSAGE = 'Your role can’t do this.';

export function hasRole(actor: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.includes(actor.role);
}

export function forbidden(): { ok: false; formError: string } {
  return { ok: false, formError: FORBIDDEN_MESSAGE };
}

export function fail(
  formError: string,
  fieldErrors?: Partial<Record<string, string[]>>,
): ActionResult<never> {
  return { ok: false, formError, ...(fieldErrors ? { fieldErrors } : {}) };
}

export function fieldError(field: string, message: string): ActionResult<never> {
  return { ok: false, fieldErrors: { [field]: [message] } };
}
