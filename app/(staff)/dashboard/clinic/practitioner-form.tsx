'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import {
  practitionerSchema,
  type PractitionerInput,
  type PractitionerValues,
} from '@/lib/validations/clinic-admin';
import { savePractitionerAction } from './actions';
import { Checkbox, TextArea, TextInput } from '@/components/forms/controls';
import { FieldError } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

const FIELDS = Object.keys(practitionerSchema.shape);

export function PractitionerForm({
  initial,
  services,
}: {
  initial: PractitionerInput;
  services: Array<{ id: string; name: string; active: boolean }>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PractitionerInput, unknown, PractitionerValues>({
    resolver: zodResolver(practitionerSchema),
    defaultValues: initial,
  });
  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    const result = await savePractitionerAction(values);
    if (!result.ok) return applyServerErrors(result, setError, FIELDS);
    if (!initial.id)
      return router.push(`/dashboard/clinic/practitioners/${result.data.practitionerId}`);
    setSaved(
      result.data.futureAppointments
        ? `Saved. They are inactive but still have ${result.data.futureAppointments} upcoming appointment${result.data.futureAppointments === 1 ? '' : 's'}: move or cancel them in the schedule.`
        : 'Saved.',
    );
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          id="pr-name"
          label="Name"
          error={errors.name?.message}
          registration={register('name')}
        />
        <TextInput
          id="pr-title"
          label="Title"
          hint="e.g. DC, Chiropractor"
          error={errors.title?.message}
          registration={register('title')}
        />
        <TextInput
          id="pr-slug"
          label="Slug"
          hint="Used in the team page link."
          error={errors.slug?.message}
          registration={register('slug')}
        />
        <TextInput
          id="pr-color"
          label="Calendar color"
          type="color"
          error={errors.color?.message}
          registration={register('color')}
          className="[&_input]:h-11 [&_input]:p-1"
        />
        <TextInput
          id="pr-order"
          label="Order on the team page"
          type="number"
          min={0}
          inputMode="numeric"
          error={errors.sortOrder?.message}
          registration={register('sortOrder', { valueAsNumber: true })}
        />
        <Checkbox
          id="pr-active"
          label="Active (bookable and on the team page)"
          error={errors.active?.message}
          registration={register('active')}
          className="self-end"
        />
        <TextArea
          id="pr-bio"
          label="Bio"
          rows={5}
          optional
          error={errors.bio?.message}
          registration={register('bio')}
          className="md:col-span-2"
        />
        <TextArea
          id="pr-credentials"
          label="Qualifications"
          hint="Degrees, licenses and certifications, one per line (team page)."
          rows={4}
          optional
          error={errors.credentials?.message}
          registration={register('credentials')}
        />
        <TextArea
          id="pr-interests"
          label="Special interests"
          hint="One per line, e.g. Returning to running after a disc injury."
          rows={4}
          optional
          error={errors.interests?.message}
          registration={register('interests')}
        />
      </div>
      <fieldset aria-describedby={errors.serviceIds ? 'pr-services-error' : undefined}>
        <legend className="font-semibold">Therapies offered</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {services.map((s) => (
            <label key={s.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                value={s.id}
                className="size-4 accent-brand-700"
                {...register('serviceIds')}
              />
              {s.name}
              {s.active ? '' : ' (inactive)'}
            </label>
          ))}
        </div>
        <FieldError id="pr-services" message={errors.serviceIds?.message} />
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
        {initial.id ? 'Save practitioner' : 'Create practitioner'}
      </SubmitButton>
      <FormStatus error={errors.root?.server?.message} success={saved ?? undefined} />
    </form>
  );
}
