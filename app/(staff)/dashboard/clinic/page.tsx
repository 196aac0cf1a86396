import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { WeeklyHoursForm } from '@/components/staff/weekly-hours-form';
import {
  getClinicSettingsForm,
  getOpeningHoursForm,
  listPractitionersForAdmin,
  listServicesForAdmin,
} from '@/db/queries/clinic-admin';
import { requireStaff } from '@/lib/auth/guard';
import { formatPrice } from '@/lib/format';
import { SettingsForm } from './settings-form';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Clinic' };

export default async function ClinicPage() {
  await requireStaff(['admin']);
  const [settings, hours, people, therapies] = await Promise.all([
    getClinicSettingsForm(),
    getOpeningHoursForm(),
    listPractitionersForAdmin(),
    listServicesForAdmin(),
  ]);
  return (
    <>
      <PageHeading title="Clinic">
        Details, opening hours, booking policy, fees-page settings, practitioners and therapies.
        Changes show on the public site at once.
      </PageHeading>
      <nav aria-label="On this page" className="mb-5 flex flex-wrap gap-x-4 gap-y-1 text-[0.95rem]">
        <a href="#settings-title">Details and policy</a>
        <a href="#hours-title">Opening hours</a>
        <a href="#practitioners-title">Practitioners</a>
        <a href="#therapies-title">Therapies</a>
      </nav>
      <div className="grid gap-5">
        <Panel title="Details and booking policy" id="settings">
          <SettingsForm
            initial={{
              name: settings?.name ?? '',
              timeZone: settings?.timeZone ?? 'America/Los_Angeles',
              addressLine1: settings?.addressLine1 ?? '',
              addressLine2: settings?.addressLine2 ?? '',
              city: settings?.city ?? '',
              region: settings?.region ?? '',
              postalCode: settings?.postalCode ?? '',
              country: settings?.country ?? 'US',
              phone: settings?.phone ?? '',
              email: settings?.email ?? '',
              minNoticeMinutes: settings?.minNoticeMinutes ?? 120,
              bookingHorizonDays: settings?.bookingHorizonDays ?? 60,
              slotStepMinutes: settings?.slotStepMinutes ?? 15,
              cancellationCutoffHours: settings?.cancellationCutoffHours ?? 24,
              waitlistBatchSize: settings?.waitlistBatchSize ?? 3,
              waitlistOfferMinutes: settings?.waitlistOfferMinutes ?? 120,
              insurers: settings?.insurers.join('\n') ?? '',
              insuranceNote: settings?.insuranceNote ?? '',
              offersSuperbills: settings?.offersSuperbills ?? true,
              paymentMethods: settings?.paymentMethods.join('\n') ?? '',
            }}
          />
        </Panel>
        <Panel title="Opening hours" id="hours">
          <p className="mb-3 text-[0.95rem] text-muted">
            Clinic-local times; days without an interval show as closed.
          </p>
          <WeeklyHoursForm initial={hours} label="Opening hours" />
        </Panel>
        <Panel title="Practitioners" id="practitioners">
          <ul className="divide-y divide-sand-200">
            {people.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block size-3 rounded-full"
                    style={{ backgroundColor: p.color }}
                  />
                  <Link href={`/dashboard/clinic/practitioners/${p.id}`}>{p.name}</Link>
                  <span className="text-muted">{p.title}</span>
                </span>
                <span className="text-sm text-muted">
                  {p.active ? 'Active' : 'Inactive'} · {p.services} therapies · {p.workingDays}{' '}
                  working days{p.hasFeed ? ' · calendar feed on' : ''}
                </span>
              </li>
            ))}
          </ul>
          <Link
            href="/dashboard/clinic/practitioners/new"
            className={buttonClasses({ variant: 'secondary', size: 'sm' }, 'mt-3')}
          >
            Add practitioner
          </Link>
        </Panel>
        <Panel title="Therapies" id="therapies">
          <ul className="divide-y divide-sand-200">
            {therapies.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/dashboard/clinic/services/${s.id}`}>{s.name}</Link>
                <span className="text-sm text-muted">
                  {s.durationMinutes} min · {formatPrice(s.priceCents)} · buffers{' '}
                  {s.bufferBeforeMinutes}/{s.bufferAfterMinutes} min
                  {s.requiresConsultation ? ' · consultation first' : ''} ·{' '}
                  {s.active ? 'active' : 'inactive'}
                </span>
              </li>
            ))}
          </ul>
          <Link
            href="/dashboard/clinic/services/new"
            className={buttonClasses({ variant: 'secondary', size: 'sm' }, 'mt-3')}
          >
            Add therapy
          </Link>
        </Panel>
      </div>
    </>
  );
}
