import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import Link from 'next/link';
import { Suspense } from 'react';
import { BookingFrame } from '@/components/booking/booking-frame';
import { ChoiceSummary, type Choice } from '@/components/booking/choice-summary';
import { DetailsForm } from '@/components/booking/lazy-steps';
import {
  ANY_PRACTITIONER,
  flowHref,
  parseFlow,
  type FlowState,
} from '@/components/booking/flow-url';
import { findSlot, safeAvailability } from '@/lib/appointments/views/load-availability';
import { PractitionerStep } from '@/components/booking/practitioner-step';
import { ReviewStep } from '@/components/booking/review-step';
import { ServiceStep } from '@/components/booking/service-step';
import { formatSlotDateTime, localTime, zoneName } from '@/lib/time/slot-format';
import { TimeStep } from '@/components/booking/time-step';
import { Callout } from '@/components/ui/callout';
import { consultationFirstMessage } from '@/lib/appointments/online/messages';
import { formatDuration, formatPrice } from '@/lib/format';
import { getBookingPolicy, listBookablePractitioners } from '@/db/queries/booking-flow';
import { getClinic } from '@/db/queries/clinic';
import { listActiveServices } from '@/db/queries/services';
import { TimeStepSkeleton } from './time-step-skeleton';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLES = {
  service: 'Choose a therapy',
  practitioner: 'Who would you like to see?',
  time: 'Choose a day and time',
  details: 'Your details',
  review: 'Check and confirm',
} as const;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const flow = parseFlow(await searchParams);
  const step = !flow.service
    ? 'service'
    : !flow.practitioner
      ? 'practitioner'
      : flow.start && flow.step
        ? flow.step
        : 'time';
  return {
    // Short enough that the site name still fits in a tab and a search result (≤ 70 characters).
    title: step === 'service' ? 'Book an appointment' : `${TITLES[step]} · Booking`,
    description:
      'Book a chiropractic appointment at Larkfield Stride in Portland online in about a minute.',
    alternates: { canonical: '/book' },
    // Only the start of the flow belongs in search results.
    robots: step === 'service' ? undefined : { index: false },
  };
}

export default async function BookPage({ searchParams }: Props) {
  const flow = parseFlow(await searchParams);
  const [services, policy, clinic] = await Promise.all([
    listActiveServices(),
    getBookingPolicy(),
    getClinic(),
  ]);

  const service = services.find((s) => s.slug === flow.service);
  if (!service) {
    return (
      <BookingFrame
        step={1}
        title={TITLES.service}
        lead="Not sure which? New to the clinic or to this problem, start with a consultation."
      >
        {flow.service ? (
          <Callout tone="warning" className="mb-6">
            We couldn’t find that therapy. Please choose one from the list.
          </Callout>
        ) : null}
        <ServiceStep services={services} />
      </BookingFrame>
    );
  }

  const practitioners = await listBookablePractitioners(service.slug);
  const chosen =
    flow.practitioner === ANY_PRACTITIONER
      ? null
      : practitioners.find((p) => p.slug === flow.practitioner);
  const base: FlowState = { service: service.slug };
  const serviceChoice: Choice = {
    label: 'Therapy',
    value: service.name,
    detail: `${formatDuration(service.durationMinutes)} · ${formatPrice(service.priceCents)}`,
    changeHref: flowHref({}),
  };
  // The same rule the booking domain uses to name the consultation new patients need first.
  const consultation = services.find(
    (s) => !s.requiresConsultation && s.slug.includes('consultation'),
  );
  if (chosen === undefined) {
    return (
      <BookingFrame step={2} title={TITLES.practitioner} stepHrefs={[flowHref({})]}>
        <ChoiceSummary choices={[serviceChoice]} className="mb-6" />
        {service.requiresConsultation ? (
          // Said before a practitioner and a time are chosen, not only when the details are typed.
          <Callout tone="warning" title="New to the clinic?" className="mb-6">
            <p>{consultationFirstMessage(service.name, consultation ?? null)}</p>
            {consultation ? (
              <p>
                <Link href={flowHref({ service: consultation.slug })}>
                  Book a {consultation.name.toLowerCase()} instead
                </Link>
              </p>
            ) : null}
          </Callout>
        ) : null}
        <PractitionerStep serviceSlug={service.slug} practitioners={practitioners} />
      </BookingFrame>
    );
  }

  const withFlow = { service: service.slug, practitioner: chosen?.slug ?? ANY_PRACTITIONER };
  const practitionerChoice: Choice = {
    label: 'Practitioner',
    value: chosen?.name ?? 'First available',
    detail: chosen?.title,
    changeHref: flowHref(base),
  };
  const stepHrefs = [
    flowHref({}),
    flowHref(base),
    flowHref({ ...withFlow, date: flow.date }),
    undefined,
  ];
  const consultationNote =
    service.requiresConsultation && consultation
      ? {
          serviceName: consultation.name,
          href: flowHref({ service: consultation.slug, practitioner: withFlow.practitioner }),
        }
      : undefined;

  // Details and review need the chosen time to still be open; if it has gone, back to the times.
  let slotGone = false;
  if (flow.start && flow.step) {
    const date = localTime(flow.start, policy.timeZone).date;
    const day = await safeAvailability(
      { serviceSlug: service.slug, practitionerId: chosen?.id ?? null, from: date, to: date },
      policy.timeZone,
    );
    const slot = findSlot(day.slots, flow.start);
    if (slot) {
      const current: FlowState = { ...withFlow, date, start: flow.start };
      const when: Choice = {
        label: 'Day and time',
        value: formatSlotDateTime(slot.start, day.timeZone),
        detail: `${zoneName(day.timeZone)} (${policy.city})`,
        changeHref: flowHref({ ...withFlow, date }, 'times'),
      };
      const choices = [serviceChoice, practitionerChoice, when];
      if (flow.step === 'details') {
        return (
          <BookingFrame step={4} title={TITLES.details} stepHrefs={stepHrefs}>
            <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
              <DetailsForm
                reviewHref={flowHref({ ...current, step: 'review' })}
                clinicPhone={clinic.phone}
                cutoffHours={policy.cancellationCutoffHours}
                consultationNote={consultationNote}
              />
              <aside aria-label="Your appointment" className="-order-1 lg:order-none">
                <ChoiceSummary choices={choices} />
              </aside>
            </div>
          </BookingFrame>
        );
      }
      return (
        <BookingFrame
          step={5}
          title={TITLES.review}
          lead="Please check everything. Nothing is booked until you confirm."
          stepHrefs={[...stepHrefs.slice(0, 3), flowHref({ ...current, step: 'details' })]}
        >
          <ReviewStep
            choices={choices}
            clinic={clinic}
            priceCents={service.priceCents}
            flow={current}
            request={{ service: service.slug, practitioner: chosen?.id ?? null, start: slot.start }}
            timeZone={day.timeZone}
            practitioners={practitioners.map(({ id, slug, name }) => ({ id, slug, name }))}
          />
        </BookingFrame>
      );
    }
    slotGone = true;
  } else if (flow.step) {
    redirect(flowHref({ ...withFlow, date: flow.date }));
  }

  const selectedDate =
    flow.date ?? (flow.start ? localTime(flow.start, policy.timeZone).date : undefined);
  return (
    <BookingFrame step={3} title={TITLES.time} stepHrefs={stepHrefs}>
      {/* Only the open times wait for the database: the step's frame is on screen at once. */}
      <Suspense fallback={<TimeStepSkeleton />}>
        <TimeStep
          flow={withFlow}
          practitionerId={chosen?.id ?? null}
          month={flow.month}
          selectedDate={selectedDate}
          selectedStart={flow.start}
          policy={policy}
          clinicPhone={clinic.phone}
          choices={[serviceChoice, practitionerChoice]}
          slotGone={slotGone}
          consultationHref={consultationNote?.href}
        />
      </Suspense>
    </BookingFrame>
  );
}
