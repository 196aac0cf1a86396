'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describedBy, FieldError } from '@/components/forms/field';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import type { AppointmentStatus } from '@/db/schema';
import {
  TRANSITIONS,
  UNDO_REASONS,
  type UndoChange,
  type UndoReason,
} from '@/lib/appointments/status-table';
import { undoFormSchema } from '@/lib/validations/appointments';
import { undoAppointmentStatusAction } from '../actions';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';
import { SubmitButton } from '@/components/forms/submit-button';

type Values = { reason: UndoReason };

/**
 * Undoing a mistaken check-in, no-show or completion, on the appointment's own day: closed until
 * asked for, and the reason (from a list, so the audit log can keep it) is required.
 */
export function UndoForm({
  appointmentId,
  change,
  onUndone,
}: {
  appointmentId: string;
  change: UndoChange;
  onUndone: (status: AppointmentStatus) => void;
}) {
  const [open, setOpen] = useState(false);
  // No default: the empty first option is what the schema refuses with "Choose why".
  const form = useForm<Values>({ resolver: zodResolver(undoFormSchema) });
  const { errors, isSubmitting } = form.formState;
  const label = TRANSITIONS[change].button;
  const id = `undo-${change}`;

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded="false"
        aria-controls={id}
        className={buttonClasses({ variant: 'secondary', size: 'md' })}
      >
        {label}…
      </button>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    const result = await undoAppointmentStatusAction({
      appointmentId,
      change,
      reason: values.reason,
    });
    if (result.ok) {
      setOpen(false);
      onUndone(result.data.status);
    } else applyServerErrors(result, form.setError, ['reason']);
  });

  return (
    <form
      id={id}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="space-y-3 rounded-xl border border-sand-200 bg-sand-50 p-4"
      aria-describedby={`${id}-result`}
    >
      <div>
        <label htmlFor={`${id}-reason`} className="block font-semibold">
          Why undo it?
        </label>
        <select
          id={`${id}-reason`}
          autoFocus
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy(`${id}-reason`, false, !!errors.reason)}
          className="mt-1.5 min-h-11 w-full rounded-lg border border-sand-300 bg-white px-3"
          {...form.register('reason')}
        >
          <option value="">Choose a reason</option>
          {Object.entries(UNDO_REASONS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-reason`} message={errors.reason?.message} />
      </div>
      <FormStatus id={`${id}-result`} error={errors.root?.server?.message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={isSubmitting} pendingLabel="Undoing…" variant="primary" size="md">
          {label}
        </SubmitButton>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className={buttonClasses({ variant: 'ghost' })}
        >
          Keep it
        </button>
      </div>
    </form>
  );
}
