'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextInput } from '@/components/forms/controls';
import { describedBy, FieldError } from '@/components/forms/field';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { refusedWith, type ConflictView } from '@/lib/appointments/result';
import { timeOffFormSchema, type TimeOffFormInput } from '@/lib/validations/appointments';
import { addTimeOffAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

/**
 * Blocks time in a diary. When appointments are booked inside the block nothing is saved and they
 * are listed with links, so staff move or cancel them deliberately first.
 */
export function TimeOffForm({
  practitioners,
  defaults,
  timeZone,
  timeZoneLabel,
}: {
  practitioners: Array<{ id: string; name: string }>;
  defaults: TimeOffFormInput;
  timeZone: string;
  timeZoneLabel: string;
}) {
  const form = useForm<TimeOffFormInput>({
    resolver: zodResolver(timeOffFormSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<ConflictView[]>([]);

  const submit = form.handleSubmit(async (values) => {
    setSaved(null);
    setConflicts([]);
    const result = await addTimeOffAction(values);
    if (result.ok) {
      setSaved('Time blocked. Patients can no longer book it.');
      return;
    }
    if (refusedWith(result, 'conflicts')) setConflicts(result.conflicts);
    applyServerErrors(result, form.setError, ['practitionerId', 'start', 'end', 'reason']);
  });

  const single = practitioners.length === 1;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
      {single ? (
        <p>
          Diary: <strong>{practitioners[0]?.name}</strong>
          <input type="hidden" {...form.register('practitionerId')} />
        </p>
      ) : (
        <div>
          <label htmlFor="time-off-practitioner" className="block font-semibold">
            Practitioner
          </label>
          <select
            id="time-off-practitioner"
            aria-invalid={errors.practitionerId ? true : undefined}
            aria-describedby={describedBy('time-off-practitioner', false, !!errors.practitionerId)}
            className="mt-1.5 min-h-12 w-full rounded-lg border border-sand-300 bg-white px-3"
            {...form.register('practitionerId')}
          >
            {practitioners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError id="time-off-practitioner" message={errors.practitionerId?.message} />
        </div>
      )}
      <p id="time-off-zone" className="text-sm text-muted">
        Times are {timeZoneLabel}.
      </p>
      <div className="grid gap-4">
        <TextInput
          id="time-off-start"
          label="From"
          type="datetime-local"
          step={900}
          error={errors.start?.message}
          registration={form.register('start')}
        />
        <TextInput
          id="time-off-end"
          label="Until"
          type="datetime-local"
          step={900}
          error={errors.end?.message}
          registration={form.register('end')}
        />
      </div>
      <TextInput
        id="time-off-reason"
        label="Reason"
        optional
        hint="Shown to staff on the schedule, never to patients."
        error={errors.reason?.message}
        registration={form.register('reason')}
      />
      <FormStatus id="time-off-result" error={errors.root?.server?.message} success={saved} />
      {conflicts.length > 0 ? (
        <ul
          className="space-y-1 rounded-lg border border-clay-100 bg-white p-3"
          aria-label="Appointments in the way"
        >
          {conflicts.map((c) => (
            <li key={c.id}>
              <Link
                href={`/dashboard/appointments/${c.id}`}
                className="font-semibold text-brand-800"
              >
                {formatSlotDateTime(c.startsAt, timeZone, false)} · {c.patientName}
              </Link>{' '}
              <span className="text-muted">({c.serviceName})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <SubmitButton pending={isSubmitting} pendingLabel="Blocking…" variant="primary" size="lg">
        Block this time
      </SubmitButton>
    </form>
  );
}
