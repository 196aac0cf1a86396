'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Modal } from '@/components/staff/schedule/modal';
import { SCREENING_LABEL } from '@/components/staff/schedule/screening-mark';
import { StatusBadge } from '@/components/staff/schedule/status-badge';
import type { GridAppointment } from '@/lib/appointments/views/schedule-columns';
import { cancelAppointmentAction, changeAppointmentStatusAction } from '../appointments/actions';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';
import { controlClass } from '@/components/forms/field';

/**
 * A card's quick actions: check in (on its day only), no-show (once it has begun), cancel with a
 * reason, move, open, book again. Each goes through the lifecycle's action; what is offered is
 * what the status table allows now, and a refusal is shown here in its words.
 */
export function CardActions({
  appointment: a,
  practitionerName,
  onClose,
  onDone,
  onMove,
  onBookAgain,
}: {
  appointment: GridAppointment;
  practitionerName: string;
  onClose: () => void;
  onDone: (message: string) => void;
  onMove: () => void;
  onBookAgain: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  // Opening the reason moves focus into it, "Keep it" back to the button that opened it: the
  // control that had focus disappears either way, which would drop focus to the dialog itself.
  const cancelOpener = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const focusNext = useRef<'reason' | 'opener' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'reason') reasonField.current?.focus();
    if (focusNext.current === 'opener') cancelOpener.current?.focus();
    focusNext.current = null;
  }, [cancelling]);
  const openReason = (open: boolean) => {
    focusNext.current = open ? 'reason' : 'opener';
    setCancelling(open);
  };

  const status = (change: 'check_in' | 'no_show', done: string) =>
    startTransition(async () => {
      setError(null);
      const result = await changeAppointmentStatusAction({ appointmentId: a.id, change });
      if (result.ok) onDone(done);
      else setError(result.formError ?? 'That didn’t work. Please try again.');
    });

  const cancel = () =>
    startTransition(async () => {
      setError(null);
      setReasonError(null);
      const result = await cancelAppointmentAction({ appointmentId: a.id, reason });
      if (result.ok) {
        onDone(
          `Cancelled ${a.patientName}’s ${a.timeLabel} appointment.${a.patientEmail ? ' They will be e-mailed.' : ''}`,
        );
        return;
      }
      const field = result.fieldErrors?.reason?.[0];
      if (field) setReasonError(field);
      else setError(result.formError ?? 'That didn’t work. Please try again.');
    });

  const upcoming = a.status === 'booked' || a.status === 'confirmed';
  return (
    <Modal
      title={a.patientName}
      description={
        <>
          {a.timeLabel} · {a.serviceName} · {practitionerName}{' '}
          <StatusBadge status={a.status} className="ml-1" />
        </>
      }
      onClose={onClose}
    >
      {a.screening ? (
        <p className="mb-3 text-sm font-semibold text-rose-900">
          ⚕ {SCREENING_LABEL[0]?.toUpperCase()}
          {SCREENING_LABEL.slice(1)}: see the intake on the appointment.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {a.can.checkIn ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => status('check_in', `Checked in ${a.patientName}.`)}
            className={buttonClasses({ variant: 'primary' })}
          >
            Check in
          </button>
        ) : null}
        {a.can.noShow ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => status('no_show', `Marked ${a.patientName} as a no-show.`)}
            className={buttonClasses({ variant: 'secondary' })}
          >
            No-show
          </button>
        ) : null}
        {a.can.move ? (
          <button
            type="button"
            onClick={onMove}
            className={buttonClasses({ variant: 'secondary' })}
          >
            Move…
          </button>
        ) : null}
        {a.can.cancel && !cancelling ? (
          <button
            ref={cancelOpener}
            type="button"
            onClick={() => openReason(true)}
            className={buttonClasses({ variant: 'secondary' })}
          >
            Cancel appointment…
          </button>
        ) : null}
        <button
          type="button"
          onClick={onBookAgain}
          className={buttonClasses({ variant: 'secondary' })}
        >
          Book again
        </button>
        <Link
          href={`/dashboard/appointments/${a.id}`}
          prefetch={false}
          className={buttonClasses({ variant: 'secondary' })}
        >
          Open appointment
        </Link>
      </div>
      {upcoming && !a.can.checkIn && a.can.move ? (
        <p className="mt-3 text-sm text-muted">Check-in opens on the day of the appointment.</p>
      ) : null}
      {cancelling ? (
        <div className="mt-4 rounded-xl border border-clay-100 bg-clay-50 p-3">
          <label htmlFor="cancel-reason" className="block font-semibold">
            Why is it cancelled?
          </label>
          <textarea
            ref={reasonField}
            id="cancel-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'cancel-reason-error' : 'cancel-reason-hint'}
            className={controlClass()}
          />
          {reasonError ? (
            <p id="cancel-reason-error" className="mt-1 text-sm font-medium text-clay-800">
              {reasonError}
            </p>
          ) : (
            <p id="cancel-reason-hint" className="mt-1 text-sm text-muted">
              Kept with the appointment for staff; never e-mailed.
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={cancel}
              className={buttonClasses({ variant: 'danger' })}
            >
              {pending ? 'Cancelling…' : 'Cancel appointment'}
            </button>
            <button
              type="button"
              onClick={() => openReason(false)}
              className={buttonClasses({ variant: 'secondary' })}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      <div className="mt-3">
        <FormStatus id="card-action-result" error={error ?? undefined} />
      </div>
    </Modal>
  );
}
