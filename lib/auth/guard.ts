import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffRole } from '@/db/schema';
import { auth } from './config';
import { PAGE_ACCESS_HEADER } from './page-access';
import { ALL_STAFF, type StaffPrincipal } from './roles';
import { validateStaffSession } from './sessions';

/**
 * The signed-in staff member for this request, checked against the database (once per request).
 * No session cookie means no database read at all.
 */
export const currentStaff = cache(async (): Promise<StaffPrincipal | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  return validateStaffSession(session.sid);
});

/**
 * The one guard for staff pages and layouts: signed out → the sign-in page; signed in with
 * another role, or refused this very page by proxy.ts (records of someone else's diary,
 * lib/auth/page-access.ts) → 403. The dashboard layout calls it above every loading boundary, so
 * the 403 is a real status, not a 200 that streams a refusal.
 */
export async function requireStaff(
  roles: readonly StaffRole[] = ALL_STAFF,
): Promise<StaffPrincipal> {
  const staff = await currentStaff();
  if (!staff) redirect('/sign-in');
  if (!roles.includes(staff.role)) forbidden();
  if ((await headers()).get(PAGE_ACCESS_HEADER) === 'forbidden') forbidden();
  return staff;
}

/** For route handlers: the staff member, or the 401/403 response to return. */
export async function requireStaffForRoute(
  roles: readonly StaffRole[] = ALL_STAFF,
): Promise<
  { staff: StaffPrincipal; response?: undefined } | { staff?: undefined; response: Response }
> {
  const staff = await currentStaff();
  if (!staff)
    return {
      response: Response.json(
        { error: { code: 'unauthenticated', message: 'Sign in first.' } },
        { status: 401 },
      ),
    };
  if (!roles.includes(staff.role)) {
    return {
      response: Response.json(
        { error: { code: 'forbidden', message: 'Your role cannot do this.' } },
        { status: 403 },
      ),
    };
  }
  return { staff };
}
