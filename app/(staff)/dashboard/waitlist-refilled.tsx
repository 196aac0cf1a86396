import { DateTime } from 'luxon';
import { formatLocalDate } from '@/lib/time/slot-format';
import { Panel } from '@/components/staff/page-heading';
import { countRefilledSince } from '@/db/queries/waitlist';

/** Overview: visits the waitlist refilled this month (offers claimed). */
export async function WaitlistRefilled({
  timeZone,
  practitionerId,
}: {
  timeZone: string;
  practitionerId: string | null;
}) {
  const monthStart = DateTime.now().setZone(timeZone).startOf('month');
  const count = await countRefilledSince(monthStart.toJSDate(), practitionerId);
  return (
    <Panel title="Refilled from the waitlist" id="waitlist-refilled">
      <p className="text-2xl font-semibold" aria-describedby="waitlist-refilled-note">
        {count} visit{count === 1 ? '' : 's'}
      </p>
      <p id="waitlist-refilled-note" className="text-[0.95rem] text-muted">
        Cancelled or freed times booked by waitlisted patients since{' '}
        {formatLocalDate(monthStart.toISODate() ?? '')}.
      </p>
    </Panel>
  );
}
