import { appointmentPractitionerId } from '@/db/queries/page-access';
import { canManageSchedule, type StaffPrincipal } from './roles';
import { validateStaffSession } from './sessions';
import { sessionIdFrom } from './session-token';

/**
 * Staff pages whose access depends on the record they show. A page behind a `loading.tsx` starts
 * streaming (status 200) before its own check can call forbidden(), so proxy.ts asks here first,
 * for every page load, and passes a refusal on in PAGE_ACCESS_HEADER; requireStaff() (run by the
 * dashboard layout, above every loading boundary) then answers 403. Each page still checks too.
 */
export const PAGE_ACCESS_HEADER = 'x-clinic-page-access';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const RECORD_PAGES: Array<{
  pattern: RegExp;
  allows: (staff: StaffPrincipal, id: string) => Promise<boolean>;
}> = [
  {
    // An appointment and its reschedule page: practitioners open only their own diary's.
    pattern: new RegExp(`^/dashboard/appointments/(${UUID})(?:/reschedule)?/?$`, 'i'),
    allows: async (staff, id) => {
      const practitionerId = await appointmentPractitionerId(id);
      return practitionerId === null || canManageSchedule(staff, practitionerId);
    },
  },
];

/** 'forbidden' when the signed-in staff member may not open this page; null to let it render. */
export async function recordPageVerdict(
  method: string,
  pathname: string,
  headers: Headers,
): Promise<'forbidden' | null> {
  if (method !== 'GET' && method !== 'HEAD') return null;
  for (const page of RECORD_PAGES) {
    const match = page.pattern.exec(pathname);
    if (!match) continue;
    const sid = await sessionIdFrom(headers);
    const staff = sid ? await validateStaffSession(sid) : null;
    // Signed out: the page itself sends them to sign in.
    if (staff && !(await page.allows(staff, match[1]!.toLowerCase()))) return 'forbidden';
  }
  return null;
}
