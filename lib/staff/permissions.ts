import type { StaffRole } from '@/db/schema';
import { fail, type Failure } from '@/lib/actions/result';
import type { StaffPrincipal } from '@/lib/auth/roles';

/**
 * Domain functions check the caller's role themselves, so they stay safe whichever action, page or
 * test calls them (staffAction checks first; this is the second lock, on the same key).
 */
export const FORBIDDEN_MESSAGE = 'Your role can’t do this.';

export function hasRole(actor: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.includes(actor.role);
}

export function forbidden(): Failure {
  return fail(FORBIDDEN_MESSAGE);
}
