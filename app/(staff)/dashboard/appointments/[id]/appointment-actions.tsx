'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, useTransition } from 'react';
import {
  STATUS_LABELS,
  TRANSITIONS,
  type ButtonChange,
  type UndoChange,
} from '@/lib/appointments/status-table';
import { changeAppointmentStatusAction } from '../actions';
import { CancelForm } from './cancel-form';
import { UndoForm } from './undo-form';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';

type Message = { error?: string; success?: string };

const isUndo = (c: ButtonChange | UndoChange): c is UndoChange => c.startsWith('undo_');

/**
 * The appointment's buttons: one per status change the status table allows right now (the server
 * re-checks each on the locked row), undo of a mistake (with a reason), reschedule, and cancel
 * with a reason. This block stays mounted when the page refreshes with the new status, so the
 * result is announced and focused even though the pressed button may be gone.
 */
export function AppointmentActions({
  appointmentId,
  changes,
  cancellable,
  rescheduleHref,
}: {
  appointmentId: string;
  changes: Array<ButtonChange | UndoChange>;
  cancellable: boolean;
  rescheduleHref: string | null;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);

  const done = (status: keyof typeof STATUS_LABELS) =>
    setMessage({ success: `Marked as ${STATUS_LABELS[status].toLowerCase()}.` });
  const change = (to: ButtonChange) =>
    startTransition(async () => {
      const result = await changeAppointmentStatusAction({ appointmentId, change: to });
      if (result.ok) done(result.data.status);
      else setMessage({ error: result.formError ?? 'That didn’t work. Please try again.' });
    });

  const buttons = changes.filter((c): c is ButtonChange => !isUndo(c));
  const undos = changes.filter(isUndo);
  const nothing = changes.length === 0 && !cancellable && !rescheduleHref;
  return (
    <div className="space-y-4">
      {nothing ? (
        <p className="text-muted">No further changes are possible for this appointment.</p>
      ) : null}
      {buttons.length > 0 || rescheduleHref ? (
        <div className="flex flex-wrap gap-2" aria-busy={pending}>
          {buttons.map((to) => (
            <button
              key={to}
              type="button"
              disabled={pending}
              onClick={() => change(to)}
              className={buttonClasses({
                variant: to === 'check_in' || to === 'complete' ? 'primary' : 'secondary',
                size: 'md',
              })}
            >
              {TRANSITIONS[to].button}
            </button>
          ))}
          {rescheduleHref ? (
            <Link
              href={rescheduleHref}
              prefetch={false}
              className={buttonClasses({ variant: 'secondary', size: 'md' })}
            >
              Reschedule
            </Link>
          ) : null}
        </div>
      ) : null}
      {undos.map((undo) => (
        <UndoForm
          key={undo}
          appointmentId={appointmentId}
          change={undo}
          onUndone={(status) =>
            setMessage({ success: `Undone: it is ${STATUS_LABELS[status].toLowerCase()} again.` })
          }
        />
      ))}
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
