'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { alternativesOf } from '@/lib/appointments/result';
import type { SlotView } from '@/lib/appointments/views/types';
import { bookAppointmentAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';

/**
 * The last step: book the chosen time. A lost race keeps every choice (they live in the URL and
 * in these props) and offers the next open times as one-press alternatives.
 */
export function BookConfirm({
  patientId,
  service,
  practitioner,
  start,
  timeZone,
  summary,
  practitionerNames,
  requestKey,
}: {
  patientId: string;
  service: string;
  practitioner: string | null;
  start: string;
  timeZone: string;
  summary: string;
  practitionerNames: Record<string, string>;
  /** Made when the page was rendered: a second submit of this form answers with the first booking. */
  requestKey: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<SlotView[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) statusRef.current?.focus();
  }, [error]);

  const book = (at: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    startTransition(async () => {
      try {
        const result = await bookAppointmentAction({
          patientId,
          service,
          practitioner,
          start: at,
          requestKey,
        });
        if (result.ok) {
          router.push(`/dashboard/appointments/${result.data.appointmentId}?booked=1`);
          return;
        }
        setError(result.formError ?? 'That didn’t work. Please check the choices above.');
        setAlternatives(alternativesOf(result));
      } finally {
        inFlight.current = false;
      }
    });
  };

  return (
    <div className="rounded-xl border border-brand-200 bg-brand-50 p-5">
      <p className="text-lg">
        <strong>{formatSlotDateTime(start, timeZone)}</strong> · {summary}
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={() => book(start)}
        className={buttonClasses({ variant: 'cta', size: 'lg' }, 'mt-3')}
      >
        {pending ? 'Booking…' : 'Book appointment'}
      </button>
      <div ref={statusRef} tabIndex={-1} className="mt-3 outline-none">
        <FormStatus id="book-result" error={error ?? undefined} />
      </div>
      {alternatives.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Next open times">
          {alternatives.map((s) => (
            <li key={`${s.start}-${s.practitionerId}`}>
              <button
                type="button"
                disabled={pending}
                onClick={() => book(s.start)}
                className={buttonClasses({ variant: 'secondary', size: 'md' })}
              >
                Book {formatSlotDateTime(s.start, timeZone, false)}
                {practitioner
                  ? ''
                  : ` with ${practitionerNames[s.practitionerId] ?? 'first available'}`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
