import type { Metadata } from 'next';
import Link from 'next/link';
import { CalendarFeedPanel } from '@/components/staff/calendar-feed-panel';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { hasCalendarFeed } from '@/db/queries/clinic-admin';
import { requireStaff } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Calendar feed' };

export default async function CalendarFeedPage() {
  const staff = await requireStaff(['admin', 'practitioner']);
  if (!staff.practitionerId) {
    return (
      <>
        <PageHeading title="Calendar feed" />
        <p>
          Calendar feeds belong to practitioners. Admins manage them on each practitioner’s page
          under <Link href="/dashboard/clinic">Clinic</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading title="Your calendar feed">
        Subscribe to your own appointments from your phone or desktop calendar.
      </PageHeading>
      <Panel>
        <CalendarFeedPanel
          practitionerId={staff.practitionerId}
          hasFeed={await hasCalendarFeed(staff.practitionerId)}
        />
      </Panel>
    </>
  );
}
