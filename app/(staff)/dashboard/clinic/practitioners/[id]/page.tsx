import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CalendarFeedPanel } from '@/components/staff/calendar-feed-panel';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { WeeklyHoursForm } from '@/components/staff/weekly-hours-form';
import {
  getPractitionerForAdmin,
  getPractitionerPhotoPreview,
  listServicesForAdmin,
} from '@/db/queries/clinic-admin';
import { requireStaff } from '@/lib/auth/guard';
import { PhotoForm } from '../../photo-form';
import { PractitionerForm } from '../../practitioner-form';
import { UUID } from '@/lib/validations/fields';

export const metadata: Metadata = { title: 'Practitioner' };

export default async function PractitionerAdminPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  await requireStaff(['admin']);
  const { id } = await params;
  const isNew = id === 'new';
  if (!isNew && !UUID.test(id)) notFound();
  const [person, services, photo] = await Promise.all([
    isNew ? null : getPractitionerForAdmin(id),
    listServicesForAdmin(),
    isNew ? null : getPractitionerPhotoPreview(id),
  ]);
  if (!isNew && !person) notFound();
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/clinic#practitioners-title">← Clinic</Link>
      </p>
      <PageHeading title={person?.name ?? 'New practitioner'}>
        {person
          ? person.active
            ? 'Active'
            : 'Inactive'
          : 'Add their working hours after creating the profile.'}
      </PageHeading>
      <div className="grid gap-5">
        <Panel title="Profile and therapies" id="profile">
          <PractitionerForm
            services={services.map((s) => ({ id: s.id, name: s.name, active: s.active }))}
            initial={{
              id: person?.id ?? '',
              slug: person?.slug ?? '',
              name: person?.name ?? '',
              title: person?.title ?? 'DC',
              bio: person?.bio ?? '',
              color: person?.color ?? '#2f6f7e',
              active: person?.active ?? true,
              sortOrder: person?.sortOrder ?? 0,
              serviceIds: person?.serviceIds ?? [],
              credentials: person?.credentials.join('\n') ?? '',
              interests: person?.interests.join('\n') ?? '',
            }}
          />
        </Panel>
        {person ? (
          <>
            <Panel title="Photo" id="photo">
              <PhotoForm practitionerId={person.id} name={person.name} current={photo} />
            </Panel>
            <Panel title="Weekly working hours" id="working-hours">
              <p className="mb-3 text-[0.95rem] text-muted">
                Clinic-local times. Time off is managed in the schedule.
              </p>
              <WeeklyHoursForm
                initial={person.hours}
                practitionerId={person.id}
                label={`Working hours for ${person.name}`}
              />
            </Panel>
            <Panel title="Private calendar feed" id="feed">
              <CalendarFeedPanel practitionerId={person.id} hasFeed={person.hasFeed} />
            </Panel>
          </>
        ) : null}
      </div>
    </>
  );
}
