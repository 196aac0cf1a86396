import 'server-only';
import type { z } from 'zod';
import type { StaffRole } from '@/db/schema';
import { currentStaff } from '@/lib/auth/guard';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { logger } from '@/lib/logger';
import { forbidden } from '@/lib/staff/permissions';
import { fail, fieldErrorsOf, type ActionResult } from './result';

/**
 * The one wrapper for staff server actions: session and role are checked on the server before the
 * input is even parsed (a signed-out POST never reaches the database beyond the session lookup,
 * and without a session cookie not even that), then the shared zod schema, then the handler.
 *
 *   export const cancelAppointmentAction = staffAction(['admin', 'front_desk'], cancelSchema,
 *     async (staff, input) => { …; return { ok: true, data: undefined }; });
 */
export function staffAction<S extends z.ZodType, T>(
  roles: readonly StaffRole[],
  schema: S,
  handler: (staff: StaffPrincipal, input: z.infer<S>) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const staff = await currentStaff();
    if (!staff) return fail('Your session has ended. Sign in again to continue.');
    if (!roles.includes(staff.role)) return forbidden();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return await handler(staff, parsed.data);
    } catch (error) {
      // Next's redirect()/notFound() travel as errors: let them through.
      if (error && typeof error === 'object' && 'digest' in error) throw error;
      logger.error('staff action failed', { error, staffUserId: staff.id });
      return fail('Something went wrong on our side. Nothing was changed; please try again.');
    }
  };
}
