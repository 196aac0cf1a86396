'use client';

import { serviceSchema, type ServiceInput } from '@/lib/validations/clinic-admin';
import { saveServiceAction } from './actions';
import { useSaveForm } from './use-save-form';
import { Checkbox, TextArea, TextInput, asNumber, NumberField } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

export function ServiceForm({ initial }: { initial: ServiceInput }) {
  const { register, errors, isSubmitting, saved, onSubmit } = useSaveForm({
    schema: serviceSchema,
    initial,
    save: saveServiceAction,
    // A new therapy opens its own page once created.
    redirectTo: initial.id ? undefined : (data) => `/dashboard/clinic/services/${data.serviceId}`,
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
        <NumberField
          id="sv-duration"
          label="Duration (minutes)"
          min={5}
          max={480}
          error={errors.durationMinutes?.message}
          registration={register('durationMinutes', asNumber)}
        />
        <NumberField
          id="sv-price"
          label="Price (US$)"
          min={0}
          step="0.01"
          inputMode="decimal"
          error={errors.price?.message}
          registration={register('price', asNumber)}
        />
        <NumberField
          id="sv-before"
          label="Buffer before (minutes)"
          hint="Set-up time kept free before the appointment."
          min={0}
          error={errors.bufferBeforeMinutes?.message}
          registration={register('bufferBeforeMinutes', asNumber)}
        />
        <NumberField
          id="sv-after"
          label="Buffer after (minutes)"
          hint="Clean-up and notes time kept free after it."
          min={0}
          error={errors.bufferAfterMinutes?.message}
          registration={register('bufferAfterMinutes', asNumber)}
        />
        <NumberField
          id="sv-order"
          label="Order"
          min={0}
          error={errors.sortOrder?.message}
          registration={register('sortOrder', asNumber)}
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
          hint="## headings and paragraphs: what it is, who it may help, what a session is like."
          rows={10}
          optional
          error={errors.description?.message}
          registration={register('description')}
          className="md:col-span-2"
        />
        <TextArea
          id="sv-evidence"
          label="What the evidence says"
          hint="One honest sentence on what research shows, shown on the therapy page."
          rows={3}
          optional
          error={errors.evidence?.message}
          registration={register('evidence')}
          className="md:col-span-2"
        />
        <TextArea
          id="sv-contraindications"
          label="Who should not have it"
          hint="Contraindications, one per line."
          rows={5}
          optional
          error={errors.contraindications?.message}
          registration={register('contraindications')}
          className="md:col-span-2"
        />
        <TextArea
          id="sv-common-risks"
          label="Common side effects"
          hint="One per line."
          rows={3}
          optional
          error={errors.commonRisks?.message}
          registration={register('commonRisks')}
        />
        <TextArea
          id="sv-rare-risks"
          label="Rare but serious risks"
          hint="One per line."
          rows={3}
          optional
          error={errors.rareRisks?.message}
          registration={register('rareRisks')}
        />
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
        {initial.id ? 'Save therapy' : 'Create therapy'}
      </SubmitButton>
      <FormStatus
        error={errors.root?.server?.message}
        success={saved ? 'Saved. The public pages show the change now.' : undefined}
      />
    </form>
  );
}
