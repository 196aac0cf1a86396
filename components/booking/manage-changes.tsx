import Link from 'next/link';
import { PhoneIcon } from '@/components/ui/icons';
import type { BookingView } from '@/lib/booking/types';
import { formatPhone, telHref } from '@/lib/format';
import { findSlot, loadMonthAvailability } from './load-availability';
import { CancelForm, RescheduleForm, type ManageActionState } from './manage-forms';
import { NoTimesNote } from './no-times-note';
import { SlotPicker } from './slot-picker';
import { formatSlotDateTime, localTime } from './slot-format';

type Query = Record<string, string | string[] | undefined>;
type ManageAction = (state: ManageActionState, formData: FormData) => Promise<ManageActionState>;

const HOUR_MS = 3_600_000;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

const linkButton =
  'inline-flex min-h-12 items-center justify-center rounded-full px-6 py-3 font-semibold no-underline';

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
      className={`${linkButton} gap-2 border-2 border-brand-800 text-brand-800 hover:bg-brand-50`}
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
        <h2 id="changes-heading" className="text-2xl">
          Cancel this appointment?
        </h2>
        <p className="mt-2 mb-4 text-ink">
          {formatSlotDateTime(booking.start, booking.timeZone)} with {booking.practitioner.name}.
          This can’t be undone, but you can always book again.
        </p>
        <CancelForm action={cancelAction} keepHref={path} />
      </section>
    );
  }

  if (action === 'reschedule') {
    const date = one(query.date);
    const month = one(query.month);
    const start = one(query.start);
    const availability = await loadMonthAvailability({
      serviceSlug: booking.service.slug,
      practitionerId: booking.practitioner.id,
      timeZone: booking.timeZone,
      horizonDays,
      month: month && MONTH.test(month) ? month : undefined,
      date: date && DATE.test(date) ? date : undefined,
    });
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
          <h2 id="changes-heading" className="text-2xl">
            Choose a new time
          </h2>
          <p className="mt-2 text-ink">
            With {booking.practitioner.name}. Your current time stays booked until you confirm the
            new one.
          </p>
          <Link
            href={path}
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
        <Link
          href={`${path}?action=reschedule#change`}
          className={`${linkButton} bg-brand-800 text-white hover:bg-brand-900`}
        >
          Change time
        </Link>
        <Link
          href={`${path}?action=cancel#change`}
          className={`${linkButton} border-2 border-clay-700 text-clay-800 hover:bg-clay-50`}
        >
          Cancel appointment
        </Link>
      </div>
    </section>
  );
}
