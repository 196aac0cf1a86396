'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { createBookingAction, type BookingActionResult } from '@/app/(booking)/book/actions';
import { PhoneIcon } from '@/components/ui/icons';
import type { SlotView } from '@/lib/appointments/views/types';
import { bookingScreening } from '@/lib/clinical/red-flags';
import { formatPhone, telHref } from '@/lib/format';
import { patientDetailsSchema, type PatientDetailsInput } from '@/lib/validations/booking';
import {
  clearBookingStorage,
  forgetIdempotencyKey,
  idempotencyKeyFor,
  saveServerErrors,
  useStoredDetailsText,
} from './booking-storage';
import { DetailsSummary } from './details-summary';
import { flowHref, type FlowState } from './flow-url';
import { EmergencyGuidance, SeeDoctorTodayGuidance } from './red-flag-guidance';
import { SlotTakenPanel } from './slot-taken-panel';
import { localTime } from '@/lib/time/slot-format';
import { buttonClasses } from '@/components/ui/button';

type Outcome =
  /** Taken by someone else, or not bookable (the message says why): pick another time. */
  | { kind: 'slot_taken'; alternatives: SlotView[]; title?: string; message?: string }
  | { kind: 'red_flags' }
  | { kind: 'error'; message: string };

/** undefined while rendering on the server, null when nothing valid is stored. */
function parseStoredDetails(
  text: string | null | undefined,
): PatientDetailsInput | null | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = text ? JSON.parse(text) : null;
    return patientDetailsSchema.safeParse(value).success ? (value as PatientDetailsInput) : null;
  } catch {
    return null;
  }
}

const PATIENT_FIELD =
  /^(?:patient\.)?((?:name|email|phone|patientType|reason|consent)|intake\.[A-Za-z]+)(?:\.\d+)?$/;

/** Step 5's interactive part: the typed details (from this device) and "Confirm booking". */
export function ConfirmBooking({
  flow,
  request,
  timeZone,
  clinicPhone,
  practitioners,
}: {
  flow: FlowState;
  request: { service: string; practitioner: string | null; start: string };
  timeZone: string;
  clinicPhone: string;
  practitioners: ReadonlyArray<{ id: string; slug: string; name: string }>;
}) {
  const router = useRouter();
  const storedText = useStoredDetailsText();
  const details = useMemo(() => parseStoredDetails(storedText), [storedText]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const detailsHref = flowHref({ ...flow, step: 'details' });

  useEffect(() => {
    if (outcome) statusRef.current?.focus();
  }, [outcome]);

  if (details === undefined) {
    return <p className="text-muted">Loading your details…</p>;
  }
  if (details === null) {
    return (
      <div className="rounded-card border border-sand-200 bg-white p-4 sm:p-6">
        <p className="text-ink">We need a few details from you before you can confirm.</p>
        <Link
          href={detailsHref}
          className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
        >
          Add your details
        </Link>
      </div>
    );
  }

  const handle = (result: BookingActionResult) => {
    if (result.ok) {
      clearBookingStorage();
      router.replace(`/book/manage/${encodeURIComponent(result.data.manageToken ?? '')}?booked=1`);
      return;
    }
    switch (result.code) {
      case 'invalid':
      case 'screening_unacknowledged': {
        const fieldErrors: Record<string, string> = {};
        for (const [path, messages] of Object.entries(result.fieldErrors)) {
          const match = PATIENT_FIELD.exec(path);
          const message = messages?.[0];
          if (match?.[1] && message) fieldErrors[match[1]] ??= message;
        }
        if (Object.keys(fieldErrors).length > 0) {
          if (result.formError && !Object.values(fieldErrors).includes(result.formError)) {
            fieldErrors.root = result.formError;
          }
          saveServerErrors(fieldErrors);
          router.push(detailsHref);
          return;
        }
        setOutcome({
          kind: 'error',
          message:
            result.formError ?? 'That time can’t be booked any more. Please choose another time.',
        });
        return;
      }
      case 'red_flags':
        setOutcome({ kind: 'red_flags' });
        return;
      case 'slot_taken':
        setOutcome({ kind: 'slot_taken', alternatives: result.alternatives });
        return;
      case 'not_bookable':
        setOutcome({
          kind: 'slot_taken',
          alternatives: result.alternatives,
          title: 'Sorry, that time can’t be booked',
          message: result.formError,
        });
        return;
      case 'idempotency_mismatch':
        forgetIdempotencyKey();
        setOutcome({
          kind: 'error',
          message: 'Your booking changed while it was being sent. Please confirm again.',
        });
        return;
      default:
        setOutcome({ kind: 'error', message: result.formError });
    }
  };

  const confirm = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setOutcome(null);
    const body = { ...request, patient: details };
    const key = idempotencyKeyFor(JSON.stringify(body));
    startTransition(async () => {
      try {
        handle(await createBookingAction(body, key));
      } catch {
        setOutcome({
          kind: 'error',
          message:
            'We couldn’t reach the clinic just now. Check your connection and try again: you won’t be booked twice.',
        });
      } finally {
        inFlight.current = false;
      }
    });
  };

  const pickAlternative = (slot: SlotView) => {
    const chosen = practitioners.find((p) => p.id === slot.practitionerId);
    const practitioner = flow.practitioner === 'any' || !chosen ? flow.practitioner : chosen.slug;
    setOutcome(null);
    startTransition(() =>
      router.push(
        flowHref({
          ...flow,
          practitioner,
          month: undefined,
          date: localTime(slot.start, timeZone).date,
          start: slot.start,
          step: 'review',
        }),
      ),
    );
  };

  const screening = bookingScreening(
    details.intake?.redFlags ?? [],
    details.intake?.screeningAcknowledged,
  );
  const redFlagged = outcome?.kind === 'red_flags' || screening.kind === 'emergency';
  const unacknowledged = screening.kind === 'needs_acknowledgement';

  return (
    <div className="space-y-6">
      <DetailsSummary details={details} editHref={detailsHref} />

      <div
        ref={statusRef}
        tabIndex={-1}
        aria-live="polite"
        className="space-y-4 focus:outline-none"
      >
        {outcome?.kind === 'slot_taken' ? (
          <SlotTakenPanel
            title={outcome.title}
            message={outcome.message}
            alternatives={outcome.alternatives}
            practitioners={practitioners}
            flow={flow}
            timeZone={timeZone}
            pending={pending}
            onPick={pickAlternative}
          />
        ) : null}
        {outcome?.kind === 'error' ? (
          <div className="rounded-card border-2 border-clay-700 bg-clay-50 p-4 sm:p-6">
            <p className="font-semibold text-clay-800">{outcome.message}</p>
            <p className="mt-2 text-ink">
              You can also book by phone:{' '}
              <a
                href={telHref(clinicPhone)}
                className="whitespace-nowrap inline-flex items-center gap-1 font-semibold text-brand-800 underline underline-offset-4"
              >
                <PhoneIcon className="size-4" />
                {formatPhone(clinicPhone)}
              </a>
            </p>
          </div>
        ) : null}
        {redFlagged ? (
          <EmergencyGuidance
            clinicPhone={clinicPhone}
            flags={screening.kind === 'emergency' ? screening.flags : undefined}
          />
        ) : null}
      </div>

      {screening.kind === 'acknowledged' ? (
        <SeeDoctorTodayGuidance flags={screening.flags} headingLevel="h2" />
      ) : null}
      {unacknowledged ? (
        <p className="rounded-lg border-2 border-clay-700 bg-clay-50 p-4 font-semibold text-clay-800">
          Please go back to your details and answer the safety check before you confirm.{' '}
          <Link href={detailsHref} className="text-brand-800 underline underline-offset-4">
            Back to your details
          </Link>
        </p>
      ) : null}

      {redFlagged || unacknowledged || outcome?.kind === 'slot_taken' ? null : (
        <button
          type="button"
          onClick={confirm}
          disabled={pending}
          aria-disabled={pending}
          className={buttonClasses({ variant: 'cta', size: 'lg', wide: true })}
        >
          {pending ? 'Booking…' : 'Confirm booking'}
        </button>
      )}
    </div>
  );
}
