'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { changeAppointmentStatusAction } from '@/app/(staff)/dashboard/appointments/actions';
import type { AppointmentStatus } from '@/db/schema';
import { buttonClasses } from '@/components/ui/button';

/**
 * "Check in" for one row of the day's list. After a successful check-in the row re-renders as
 * arrived; this component stays mounted (same row), so it can move focus to the confirmation
 * instead of dropping it on the page.
 */
export function QuickCheckIn({
  appointmentId,
  patientName,
  status,
  canCheckIn,
}: {
  appointmentId: string;
  patientName: string;
  status: AppointmentStatus;
  /** The status table allows it now: the appointment is today (lib/appointments/status-table). */
  canCheckIn: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (done && status === 'arrived') doneRef.current?.focus();
  }, [done, status]);

  if (status === 'arrived') {
    return (
      <span
        ref={doneRef}
        tabIndex={-1}
        role={done ? 'status' : undefined}
        className="text-sm font-semibold text-clay-800"
      >
        Checked in
      </span>
    );
  }
  if (!canCheckIn || (status !== 'booked' && status !== 'confirmed')) return null;

  const checkIn = () =>
    startTransition(async () => {
      setError(null);
      const result = await changeAppointmentStatusAction({ appointmentId, change: 'check_in' });
      if (result.ok) setDone(true);
      else setError(result.formError ?? 'That didn’t work. Please try again.');
    });

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={checkIn}
        disabled={pending}
        aria-label={`Check in ${patientName}`}
        className={buttonClasses({ variant: 'primary', size: 'sm' })}
      >
        {pending ? 'Checking in…' : 'Check in'}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-clay-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
