'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { refusedWith, type ConflictView } from '@/lib/appointments/result';
import { closureFormSchema, type ClosureFormInput } from '@/lib/validations/closures';
import { addClosureAction } from './actions';
import { Checkbox, Select, TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

const FIELDS = ['kind', 'date', 'endDate', 'startTime', 'endTime', 'reason'] as const;
const KINDS = [
  { value: 'day', label: 'One whole day' },
  { value: 'range', label: 'Several days' },
  { value: 'part', label: 'Part of a day' },
];

/**
 * Close the clinic for a day, a range of days or part of a day. When bookings fall inside, the
 * first try lists them and adds nothing; ticking “Close anyway” adds the closure and leaves them
 * in the list under it for the front desk to move.
 */
export function ClosureForm({ timeZone, defaultDate }: { timeZone: string; defaultDate: string }) {
  const [saved, setSaved] = useState<string>();
  const [inside, setInside] = useState<ConflictView[]>([]);
  const form = useForm<ClosureFormInput>({
    resolver: zodResolver(closureFormSchema),
    defaultValues: {
      kind: 'day',
      date: defaultDate,
      endDate: '',
      startTime: '',
      endTime: '',
      reason: '',
      acknowledgeBookings: false,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });

  const submit = form.handleSubmit(async (values) => {
    setSaved(undefined);
    const result = await addClosureAction(values);
    if (result.ok) {
      const n = result.data.affected.length;
      setSaved(
        n === 0
          ? 'Closed. Nobody can book that time now.'
          : `Closed. ${n === 1 ? '1 booking stays' : `${n} bookings stay`} inside it: move ${n === 1 ? 'it' : 'them'} from the list.`,
      );
      setInside([]);
      form.reset({ ...values, reason: '', acknowledgeBookings: false });
      return;
    }
    setInside(refusedWith(result, 'conflicts') ? result.conflicts : []);
    applyServerErrors(result, form.setError, FIELDS);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
      <Select
        id="closure-kind"
        label="What to close"
        options={KINDS}
        error={errors.kind?.message}
        registration={form.register('kind')}
      />
      <TextInput
        id="closure-date"
        label={kind === 'range' ? 'First day' : 'Day'}
        type="date"
        error={errors.date?.message}
        registration={form.register('date')}
      />
      {kind === 'range' ? (
        <TextInput
          id="closure-end-date"
          label="Last day"
          type="date"
          error={errors.endDate?.message}
          registration={form.register('endDate')}
        />
      ) : null}
      {kind === 'part' ? (
        <div className="grid grid-cols-2 gap-3">
          <TextInput
            id="closure-start-time"
            label="From"
            type="time"
            step={900}
            error={errors.startTime?.message}
            registration={form.register('startTime')}
          />
          <TextInput
            id="closure-end-time"
            label="Until"
            type="time"
            step={900}
            error={errors.endTime?.message}
            registration={form.register('endTime')}
          />
        </div>
      ) : null}
      <TextInput
        id="closure-reason"
        label="Reason shown to patients"
        hint="For example “Closed for the holidays”."
        error={errors.reason?.message}
        registration={form.register('reason')}
      />
      {inside.length > 0 ? (
        <div className="space-y-2 rounded-lg border border-clay-100 bg-white p-3">
          <ul className="space-y-1" aria-label="Bookings inside this time">
            {inside.map((c) => (
              <li key={c.id}>
                {formatSlotDateTime(c.startsAt, timeZone, false)} · {c.patientName}{' '}
                <span className="text-muted">
                  ({c.serviceName}
                  {c.practitionerName ? `, ${c.practitionerName}` : ''})
                </span>
              </li>
            ))}
          </ul>
          <Checkbox
            id="closure-acknowledge"
            label="Close anyway: these bookings stay until the front desk moves them"
            registration={form.register('acknowledgeBookings')}
          />
        </div>
      ) : null}
      <FormStatus error={errors.root?.server?.message} success={saved} />
      <SubmitButton pending={isSubmitting} pendingLabel="Closing…" size="sm">
        Close the clinic
      </SubmitButton>
    </form>
  );
}
