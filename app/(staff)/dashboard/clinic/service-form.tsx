'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Checkbox, FormStatus, SubmitButton, TextArea, TextInput } from '@/components/staff/fields';
import { applyServerErrors } from '@/components/staff/server-errors';
import {
  serviceSchema,
  type ServiceInput,
  type ServiceValues,
} from '@/lib/validations/clinic-admin';
import { saveServiceAction } from './actions';

const FIELDS = Object.keys(serviceSchema.shape);

export function ServiceForm({ initial }: { initial: ServiceInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ServiceInput, unknown, ServiceValues>({
    resolver: zodResolver(serviceSchema),
    defaultValues: initial,
  });
  const num = { valueAsNumber: true } as const;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const result = await saveServiceAction(values);
    if (!result.ok) return applyServerErrors(result, setError, FIELDS);
    if (!initial.id) return router.push(`/dashboard/clinic/services/${result.data.serviceId}`);
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          id="sv-name"
          label="Name"
          error={errors.name?.message}
          registration={register('name')}
        />
        <TextInput
          id="sv-slug"
          label="Slug"
          hint="The therapy page’s address: /therapies/<slug>."
          error={errors.slug?.message}
          registration={register('slug')}
        />
        <TextArea
          id="sv-summary"
          label="Summary"
          rows={2}
          error={errors.summary?.message}
          registration={register('summary')}
          className="md:col-span-2"
        />
        <TextInput
          id="sv-duration"
          label="Duration (minutes)"
          type="number"
          min={5}
          max={480}
          inputMode="numeric"
          error={errors.durationMinutes?.message}
          registration={register('durationMinutes', num)}
        />
        <TextInput
          id="sv-price"
          label="Price (US$)"
          type="number"
          min={0}
          step="0.01"
          inputMode="decimal"
          error={errors.price?.message}
          registration={register('price', num)}
        />
        <TextInput
          id="sv-before"
          label="Buffer before (minutes)"
          hint="Set-up time kept free before the appointment."
          type="number"
          min={0}
          inputMode="numeric"
          error={errors.bufferBeforeMinutes?.message}
          registration={register('bufferBeforeMinutes', num)}
        />
        <TextInput
          id="sv-after"
          label="Buffer after (minutes)"
          hint="Clean-up and notes time kept free after it."
          type="number"
          min={0}
          inputMode="numeric"
          error={errors.bufferAfterMinutes?.message}
          registration={register('bufferAfterMinutes', num)}
        />
        <TextInput
          id="sv-order"
          label="Order"
          type="number"
          min={0}
          inputMode="numeric"
          error={errors.sortOrder?.message}
          registration={register('sortOrder', num)}
        />
        <div className="space-y-2 self-end">
          <Checkbox
            id="sv-active"
            label="Active (bookable and listed)"
            error={errors.active?.message}
            registration={register('active')}
          />
          <Checkbox
            id="sv-consult"
            label="Requires a consultation first"
            hint="New patients are asked to book a consultation before this."
            error={errors.requiresConsultation?.message}
            registration={register('requiresConsultation')}
          />
        </div>
        <TextArea
          id="sv-description"
          label="Description (Markdown)"
          hint="## headings and paragraphs: what it is, who it helps, what a session is like."
          rows={10}
          optional
          error={errors.description?.message}
          registration={register('description')}
          className="md:col-span-2"
        />
      </div>
      <SubmitButton busy={isSubmitting} busyLabel="Saving…">
        {initial.id ? 'Save therapy' : 'Create therapy'}
      </SubmitButton>
      <FormStatus
        error={errors.root?.server?.message}
        success={saved ? 'Saved. The public pages show the change now.' : undefined}
      />
    </form>
  );
}
