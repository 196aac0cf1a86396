import Link from 'next/link';
import { FocusHeading } from '@/components/ui/focus-heading';
import { PhoneIcon } from '@/components/ui/icons';
import { ReturnFocusLink } from '@/components/ui/return-focus-link';
import type { BookingView } from '@/lib/appointments/views/types';
import { formatPhone, telHref } from '@/lib/format';
import {
  findSlot,
  loadMonthAvailability,
  patientSearch,
} from '@/lib/appointments/views/load-availability';
import type { ManageActionState } from '@/lib/actions/result';
import { CancelForm, RescheduleForm } from './manage-forms';
import { NoTimesNote } from './no-times-note';
import { SlotPicker } from './slot-picker';
import { formatSlotDateTime, localTime } from '@/lib/time/slot-format';
import { buttonClasses } from '@/components/ui/button';

type Query = Record<string, string | string[] | undefined>;
type ManageAction = (state: ManageActionState, formData: FormData) => Promise<ManageActionState>;

const HOUR_MS = 3_600_000;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** Ids of the links that open each panel: closing a panel links back to (and focuses) its opener. */
const RESCHEDULE_OPENER = 'change-time';
const CANCEL_OPENER = 'cancel-appointment';

/**
 * Change or cancel. Which panel shows is in the URL (?action=cancel | reschedule), so each is
 * linkable and the back button closes it; the changes themselves are POSTed server actions.
 */
export async function ManageChanges({
  booking,
  path,
  query,
  city,
  horizonDays,
  cancelAction,
  rescheduleAction,
  now = new Date(),
}: {
  booking: BookingView;
  path: string;
  query: Query;
  city: string;
  horizonDays: number;
  cancelAction: ManageAction;
  rescheduleAction: ManageAction;
  now?: Date;
}) {
  if (booking.status === 'cancelled') return null;
  const phone = (
    <a
      href={telHref(booking.clinic.phone)}
      className={buttonClasses({ variant: 'secondary', size: 'lg' }, 'whitespace-nowrap')}
    >
      <PhoneIcon className="size-5" /> Call {formatPhone(booking.clinic.phone)}
    </a>
  );

  if (!booking.canChange) {
    return (
      <section
        id="change"
        aria-labelledby="changes-heading"
        className="scroll-mt-4 rounded-card border border-sand-200 bg-white p-4 sm:p-6"
      >
        <h2 id="changes-heading" className="text-xl">
          Need to change or cancel?
        </h2>
        <p className="mt-2 text-ink">
          {booking.changeBlockedReason ?? 'This appointment can’t be changed online.'}
        </p>
        <div className="mt-4">{phone}</div>
      </section>
    );
  }

  const action = one(query.action);
  if (action === 'cancel') {
    return (
      <section
        id="change"
        aria-labelledby="changes-heading"
        className="scroll-mt-4 rounded-card border-2 border-clay-700 bg-white p-4 sm:p-6"
      >
        <FocusHeading level={2} id="changes-heading" className="text-2xl">
          Cancel this appointment?
        </FocusHeading>
        <p className="mt-2 mb-4 text-ink">
          {formatSlotDateTime(booking.start, booking.timeZone)} with {booking.practitioner.name}.
          This can’t be undone, but you can always book again.
        </p>
        <CancelForm action={cancelAction} keepHref={`${path}#${CANCEL_OPENER}`} />
      </section>
    );
  }

  if (action === 'reschedule') {
    const date = one(query.date);
    const month = one(query.month);
    const start = one(query.start);
    const availability = await loadMonthAvailability({
      // The patient's own appointment does not block the times around it (a move by 15 minutes).
      search: patientSearch({
        serviceSlug: booking.service.slug,
        practitionerId: booking.practitioner.id,
        excludeAppointmentId: booking.id,
      }),
      timeZone: booking.timeZone,
      horizonDays,
      month: month && MONTH.test(month) ? month : undefined,
      date: date && DATE.test(date) ? date : undefined,
    });
    if (!availability) throw new Error('the open-times search refused a booked service');
    // Its own current time is not a new time to choose.
    availability.slots = availability.slots.filter(
      (s) => Date.parse(s.start) !== Date.parse(booking.start),
    );
    const chosen = start ? findSlot(availability.slots, start) : undefined;
    const insideCutoff =
      chosen !== undefined &&
      Date.parse(chosen.start) - now.getTime() < booking.cancellationCutoffHours * HOUR_MS;
    const base = `${path}?action=reschedule`;
    return (
      <section
        id="change"
        aria-labelledby="changes-heading"
        className="scroll-mt-4 space-y-6 rounded-card border border-sand-200 bg-white p-4 sm:p-6"
      >
        <div>
          <FocusHeading level={2} id="changes-heading" className="text-2xl">
            Choose a new time
          </FocusHeading>
          <p className="mt-2 text-ink">
            With {booking.practitioner.name}. Your current time stays booked until you confirm the
            new one.
          </p>
          <Link
            href={`${path}#${RESCHEDULE_OPENER}`}
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
          >
            Keep my current time
          </Link>
        </div>
        {chosen ? (
          <div className="scroll-mt-4 rounded-card border-2 border-brand-700 bg-brand-50 p-4 sm:p-5">
            <RescheduleForm
              action={rescheduleAction}
              start={chosen.start}
              whenLabel={formatSlotDateTime(chosen.start, availability.timeZone)}
              note={
                insideCutoff
                  ? `It is less than ${booking.cancellationCutoffHours} hours away, so after this any change has to be by phone.`
                  : undefined
              }
              backHref={`${base}&date=${localTime(chosen.start, availability.timeZone).date}#times`}
            />
          </div>
        ) : null}
        <SlotPicker
          availability={availability}
          city={city}
          selectedDate={date && DATE.test(date) ? date : undefined}
          selectedStart={chosen?.start}
          hrefs={{
            month: (m) => `${base}&month=${m}`,
            day: (d) => `${base}&date=${d}#times`,
            slot: (s) =>
              `${base}&date=${localTime(s.start, availability.timeZone).date}&start=${encodeURIComponent(s.start)}#change`,
          }}
          noTimes={
            <NoTimesNote
              clinicPhone={booking.clinic.phone}
              nextHref={availability.nextMonth ? `${base}&month=${availability.nextMonth}` : null}
            />
          }
        />
      </section>
    );
  }

  return (
    <section
      id="change"
      aria-labelledby="changes-heading"
      className="scroll-mt-4 rounded-card border border-sand-200 bg-white p-4 sm:p-6"
    >
      <h2 id="changes-heading" className="text-xl">
        Need to change or cancel?
      </h2>
      <p className="mt-2 text-ink">
        You can do it here until {booking.cancellationCutoffHours} hours before your appointment.
        After that, please call us.
      </p>
      <div className="mt-4 flex flex-col gap-3 sm:flex-row">
        <ReturnFocusLink
          id={RESCHEDULE_OPENER}
          href={`${path}?action=reschedule#change`}
          className={buttonClasses({ variant: 'primary', size: 'lg' })}
        >
          Change time
        </ReturnFocusLink>
        <ReturnFocusLink
          id={CANCEL_OPENER}
          href={`${path}?action=cancel#change`}
          className={buttonClasses({ variant: 'dangerOutline', size: 'lg' })}
        >
          Cancel appointment
        </ReturnFocusLink>
      </div>
    </section>
  );
}
