import { Callout } from '@/components/ui/callout';
import { WaitlistJoinLink } from '@/components/waitlist/join-link';
import { ChoiceSummary, type Choice } from './choice-summary';
import { flowHref, type FlowState } from './flow-url';
import { loadMonthAvailability, patientSearch } from '@/lib/appointments/views/load-availability';
import { NoTimesNote } from './no-times-note';
import { SlotPicker } from './slot-picker';
import { localTime } from '@/lib/time/slot-format';

/** Step 3: the month calendar and the chosen day's times; every choice is a link. */
export async function TimeStep({
  flow,
  practitionerId,
  month,
  selectedDate,
  selectedStart,
  policy,
  clinicPhone,
  choices,
  slotGone,
  consultationHref,
}: {
  /** Service and practitioner already chosen. */
  flow: FlowState & { service: string };
  practitionerId: string | null;
  month?: string;
  selectedDate?: string;
  selectedStart?: string;
  policy: { timeZone: string; city: string; bookingHorizonDays: number };
  clinicPhone: string;
  choices: Choice[];
  /** The time in the link has just gone (booked by someone else, or now too soon). */
  slotGone: boolean;
  consultationHref?: string;
}) {
  const availability = await loadMonthAvailability({
    search: patientSearch({ serviceSlug: flow.service, practitionerId }),
    timeZone: policy.timeZone,
    horizonDays: policy.bookingHorizonDays,
    month,
    date: selectedDate,
  });
  // The patient search answers or throws; it never refuses with null.
  if (!availability) throw new Error('the open-times search refused a checked service');
  const { nextMonth, timeZone } = availability;
  return (
    <>
      {slotGone ? (
        <Callout tone="warning" title="Sorry, that time is no longer available" className="mb-6">
          Someone else booked it, or it is now too close to book online. Please choose another time
          below.
        </Callout>
      ) : null}
      <ChoiceSummary choices={choices} className="mb-8" />
      {consultationHref ? (
        <Callout className="mb-8">
          New to the clinic? New patients start with a consultation.{' '}
          <a href={consultationHref}>Book a consultation instead</a>.
        </Callout>
      ) : null}
      <SlotPicker
        availability={availability}
        city={policy.city}
        selectedDate={selectedDate}
        selectedStart={selectedStart}
        hrefs={{
          month: (m) => flowHref({ ...flow, month: m }),
          day: (date) => flowHref({ ...flow, date }, 'times'),
          slot: (slot) =>
            flowHref({
              ...flow,
              date: localTime(slot.start, timeZone).date,
              start: slot.start,
              step: 'details',
            }),
        }}
        noTimes={
          <NoTimesNote
            clinicPhone={clinicPhone}
            nextHref={nextMonth ? flowHref({ ...flow, month: nextMonth }) : null}
          />
        }
      />
      <WaitlistJoinLink service={flow.service} practitioner={flow.practitioner} />
    </>
  );
}
