import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { confirmMfa, removeMfa, replaceRecoveryCodes, hasConfirmedMfa } from '@/lib/auth/mfa';
import { mfaRequiredFor } from '@/lib/auth/mfa-policy';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { revokeOtherSessions, revokeOwnSession } from '@/lib/auth/sessions';

/** What every staff member may do about their own account on the My account page. */
const audit = (staff: StaffPrincipal, action: string, details?: Record<string, string | number>) =>
  writeAudit({ actorStaffId: staff.id, action, entityType: 'staff', entityId: staff.id, details });

export async function endOwnSession(
  staff: StaffPrincipal,
  input: { sessionId: string },
): Promise<ActionResult<{ current: boolean }>> {
  if (!(await revokeOwnSession(staff.id, input.sessionId)))
    return fail('That session has already ended.');
  await audit(staff, 'staff.session_end', { sessionId: input.sessionId });
  return { ok: true, data: { current: input.sessionId === staff.sessionId } };
}

export async function endOtherSessions(staff: StaffPrincipal): Promise<ActionResult<number>> {
  const ended = await revokeOtherSessions(staff.id, staff.sessionId);
  await audit(staff, 'staff.other_sessions_end', { ended });
  return { ok: true, data: ended };
}

/** Finishes setting up an app from the account page; returns the recovery codes (shown once). */
export async function confirmOwnMfa(
  staff: StaffPrincipal,
  input: { code: string },
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const codes = await confirmMfa(staff.id, input.code);
  if (!codes)
    return {
      ok: false,
      fieldErrors: {
        code: [
          'That code did not match. Check the app shows this account, then try the newest code.',
        ],
      },
    };
  await audit(staff, 'staff.mfa_enabled', { during: 'account' });
  return { ok: true, data: { recoveryCodes: codes } };
}

export async function newRecoveryCodes(
  staff: StaffPrincipal,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  if (!(await hasConfirmedMfa(staff.id))) return fail('Set up two-step sign-in first.');
  const codes = await replaceRecoveryCodes(staff.id);
  await audit(staff, 'staff.recovery_codes_replaced');
  return { ok: true, data: { recoveryCodes: codes } };
}

export async function turnOffOwnMfa(staff: StaffPrincipal): Promise<ActionResult<undefined>> {
  if (await mfaRequiredFor(staff.role))
    return fail('Your role must sign in with two steps, so it stays on.');
  if (!(await removeMfa(staff.id))) return fail('Two-step sign-in is not on.');
  await audit(staff, 'staff.mfa_disabled');
  return { ok: true, data: undefined };
}
