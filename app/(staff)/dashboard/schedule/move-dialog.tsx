'use client';

import { useState, useTransition } from 'react';
import { formatLocalDate, formatSlotDateTime } from '@/lib/time/slot-format';
import {
  precheck,
  type BoardContext,
  type SlotChoice,
} from '@/components/staff/schedule/board-context';
import { Modal } from '@/components/staff/schedule/modal';
import { SlotFields } from '@/components/staff/schedule/slot-fields';
import { alternativesOf } from '@/lib/appointments/result';
import type { GridAppointment } from '@/lib/appointments/views/schedule-columns';
import { minuteLabel, startIso } from '@/lib/appointments/views/slot-check';
import type { SlotView } from '@/lib/appointments/views/types';
import { rescheduleAppointmentAction } from '../appointments/actions';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';

/**
 * Moving an appointment, after a drag (pre-filled with where it was dropped) or from "Move…"
 * (the same move by keyboard): old → new, whether the patient is e-mailed, then the lifecycle's
 * move. A refusal keeps the appointment where it was and says why, with the next open times.
 */
export function MoveDialog({
  ctx,
  appointment: a,
  from,
  initial,
  onClose,
  onDone,
}: {
  ctx: BoardContext;
  appointment: GridAppointment;
  from: SlotChoice;
  initial: SlotChoice;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [to, setTo] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<SlotView[]>([]);
  const service = ctx.services.find((s) => s.slug === a.serviceSlug);
  const name = (id: string) => ctx.practitioners.find((p) => p.id === id)?.name ?? '';
  const describe = (c: SlotChoice) =>
    `${formatLocalDate(c.date)}, ${minuteLabel(c.minute)} with ${name(c.practitionerId)}`;
  const warning = precheck(ctx, to, service, a.id, a.endMin - a.startMin);
  const same =
    to.date === from.date && to.minute === from.minute && to.practitionerId === from.practitionerId;

  const send = (start: string, practitionerId: string) =>
    startTransition(async () => {
      setError(null);
      const result = await rescheduleAppointmentAction({
        appointmentId: a.id,
        start,
        practitionerId,
      });
      if (result.ok) {
        const when = formatSlotDateTime(result.data.start, ctx.timeZone);
        onDone(
          result.data.unchanged
            ? `${a.patientName}’s appointment was already at that time: nothing changed.`
            : `Moved ${a.patientName} to ${when} with ${name(result.data.practitionerId)}.${a.patientEmail ? ' The new time is on its way by e-mail.' : ''}`,
        );
        return;
      }
      setError(result.formError ?? 'That didn’t work. The appointment has not moved.');
      setAlternatives(alternativesOf(result));
    });

  return (
    <Modal
      wide
      title={`Move ${a.patientName}`}
      description={`${a.serviceName} · ${a.timeLabel}`}
      onClose={onClose}
    >
      <SlotFields
        idPrefix="move"
        ctx={ctx}
        value={to}
        onChange={(next) => {
          setTo(next);
          setError(null);
          setAlternatives([]);
        }}
        practitionerIds={service?.practitionerIds}
      />
      <dl className="mt-4 grid gap-1 rounded-xl border border-sand-200 bg-sand-50 p-3 text-[0.95rem]">
        <div className="flex gap-2">
          <dt className="w-12 shrink-0 font-semibold">From</dt>
          <dd>{describe(from)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="w-12 shrink-0 font-semibold">To</dt>
          <dd>
            <strong>{describe(to)}</strong>
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-[0.95rem]">
        {a.patientEmail ? (
          <>
            {a.patientName} will be e-mailed the new time at <strong>{a.patientEmail}</strong>.
          </>
        ) : (
          <>
            <strong>No e-mail will be sent:</strong> {a.patientName} has no e-mail address. Phone
            them with the new time.
          </>
        )}
      </p>
      {warning && !error ? (
        <p className="mt-3 rounded-lg border border-clay-100 bg-clay-50 p-3 font-medium text-clay-800">
          {warning}
        </p>
      ) : null}
      <div className="mt-3">
        <FormStatus id="move-result" error={error ?? undefined} />
      </div>
      {alternatives.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Next open times">
          {alternatives.map((s) => (
            <li key={`${s.start}-${s.practitionerId}`}>
              <button
                type="button"
                disabled={pending}
                onClick={() => send(s.start, s.practitionerId)}
                className={buttonClasses({ variant: 'secondary' })}
              >
                Move to {formatSlotDateTime(s.start, ctx.timeZone, false)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-5 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending || same}
          onClick={() => send(startIso(to.date, to.minute, ctx.timeZone), to.practitionerId)}
          className={buttonClasses({ variant: 'primary' })}
        >
          {pending ? 'Moving…' : 'Move appointment'}
        </button>
        <button type="button" onClick={onClose} className={buttonClasses({ variant: 'secondary' })}>
          Keep it where it is
        </button>
      </div>
    </Modal>
  );
}
