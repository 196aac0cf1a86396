import { DateTime } from 'luxon';

/** My plan lives here; the token is a manage-link token (lib/appointments/online/manage-token.ts). */
export function planPath(token: string): string {
  return `/plan/${encodeURIComponent(token)}`;
}

/** Days the patient's link keeps working after the plan's last day. */
export const PLAN_LINK_DAYS_AFTER_END = 90;

/** The end of the plan's last clinic-local day, plus 90 days. */
export function planLinkExpiry(endsOn: string, timeZone: string): Date {
  return DateTime.fromISO(endsOn, { zone: timeZone })
    .plus({ days: 1 + PLAN_LINK_DAYS_AFTER_END })
    .startOf('day')
    .toJSDate();
}
