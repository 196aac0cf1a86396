'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { alternativesOf } from '@/lib/appointments/result';
import type { SlotView } from '@/lib/appointments/views/types';
import { rescheduleAppointmentAction } from '../../actions';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';

/**
 * "Move appointment" for the chosen time. A lost race leaves the appointment where it was and
 * lists the next open times as buttons, so staff pick again without starting over.
 */
export function RescheduleConfirm({
  appointmentId,
  practitionerId,
  practitionerName,
  start,
  timeZone,
}: {
  appointmentId: string;
  practitionerId?: string;
  practitionerName: string;
  start: string;
  timeZone: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<SlotView[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) statusRef.current?.focus();
  }, [error]);

  const move = (to: string) =>
    startTransition(async () => {
      const result = await rescheduleAppointmentAction({
        appointmentId,
        start: to,
        ...(practitionerId ? { practitionerId } : {}),
      });
      if (result.ok) {
        router.push(`/dashboard/appointments/${appointmentId}?moved=1`);
        return;
      }
      setError(result.formError ?? 'That didn’t work. Please try again.');
      setAlternatives(alternativesOf(result));
    });

  return (
    <div className="rounded-xl border border-brand-200 bg-brand-50 p-5">
      <p className="text-lg">
        New time: <strong>{formatSlotDateTime(start, timeZone)}</strong> with {practitionerName}
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={() => move(start)}
        className={buttonClasses({ variant: 'cta', size: 'lg' }, 'mt-3')}
      >
        {pending ? 'Moving…' : 'Move appointment'}
      </button>
      <div ref={statusRef} tabIndex={-1} className="mt-3 outline-none">
        <FormStatus id="reschedule-result" error={error ?? undefined} />
      </div>
      {alternatives.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Next open times">
          {alternatives.map((s) => (
            <li key={s.start}>
              <button
                type="button"
                disabled={pending}
                onClick={() => move(s.start)}
                className={buttonClasses({ variant: 'secondary', size: 'md' })}
              >
                Move to {formatSlotDateTime(s.start, timeZone, false)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
