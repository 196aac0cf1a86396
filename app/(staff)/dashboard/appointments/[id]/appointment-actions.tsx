'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, useTransition } from 'react';
import { FormStatus } from '@/components/staff/schedule/form-status';
import { CHANGE_BUTTON_LABELS, STATUS_LABELS, type StatusChange } from '@/lib/appointments/status';
import { changeAppointmentStatusAction } from '../actions';
import { CancelForm } from './cancel-form';

type Message = { error?: string; success?: string };

/**
 * The appointment's buttons: one per status change allowed right now (the server re-checks each on
 * the locked row), reschedule, and cancel with a reason. This block stays mounted when the page
 * refreshes with the new status, so the result is announced and focused even though the pressed
 * button may be gone.
 */
export function AppointmentActions({
  appointmentId,
  changes,
  cancellable,
  rescheduleHref,
}: {
  appointmentId: string;
  changes: StatusChange[];
  cancellable: boolean;
  rescheduleHref: string | null;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);

  const change = (to: StatusChange) =>
    startTransition(async () => {
      const result = await changeAppointmentStatusAction({ appointmentId, to });
      setMessage(
        result.ok
          ? { success: `Marked as ${STATUS_LABELS[result.data.status].toLowerCase()}.` }
          : { error: result.formError ?? 'That didn’t work. Please try again.' },
      );
    });

  const nothing = changes.length === 0 && !cancellable && !rescheduleHref;
  return (
    <div className="space-y-4">
      {nothing ? (
        <p className="text-muted">No further changes are possible for this appointment.</p>
      ) : null}
      {changes.length > 0 || rescheduleHref ? (
        <div className="flex flex-wrap gap-2" aria-busy={pending}>
          {changes.map((to) => (
            <button
              key={to}
              type="button"
              disabled={pending}
              onClick={() => change(to)}
              className={`inline-flex min-h-11 cursor-pointer items-center rounded-full px-4 font-semibold disabled:cursor-wait disabled:opacity-75 ${
                to === 'arrived' || to === 'completed'
                  ? 'bg-brand-800 text-white hover:bg-brand-900'
                  : 'border-2 border-brand-800 text-brand-800 hover:bg-brand-50'
              }`}
            >
              {CHANGE_BUTTON_LABELS[to]}
            </button>
          ))}
          {rescheduleHref ? (
            <Link
              href={rescheduleHref}
              prefetch={false}
              className="inline-flex min-h-11 items-center rounded-full border-2 border-brand-800 px-4 font-semibold text-brand-800 no-underline hover:bg-brand-50"
            >
              Reschedule
            </Link>
          ) : null}
        </div>
      ) : null}
      {cancellable ? (
        <CancelForm
          appointmentId={appointmentId}
          onCancelled={() =>
            setMessage({ success: 'Appointment cancelled. The time is free again.' })
          }
        />
      ) : null}
      <div ref={statusRef} tabIndex={-1} className="outline-none">
        <FormStatus
          id="appointment-action-result"
          error={message?.error}
          success={message?.success}
        />
      </div>
    </div>
  );
}
