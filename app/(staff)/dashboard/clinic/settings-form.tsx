'use client';

import { clinicSettingsSchema, type ClinicSettingsInput } from '@/lib/validations/clinic-admin';
import { updateClinicSettingsAction } from './actions';
import { useSaveForm } from './use-save-form';
import { Checkbox, TextArea, TextInput, asNumber, NumberField } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

export function SettingsForm({ initial }: { initial: ClinicSettingsInput }) {
  const { register, errors, isSubmitting, saved, onSubmit } = useSaveForm({
    schema: clinicSettingsSchema,
    initial,
    save: updateClinicSettingsAction,
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-5">
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Clinic details</legend>
        <TextInput
          id="clinic-name"
          label="Clinic name"
          error={errors.name?.message}
          registration={register('name')}
        />
        <TextInput
          id="clinic-tz"
          label="Time zone"
          hint="IANA name, e.g. America/Los_Angeles. Changing it moves how every time is shown."
          error={errors.timeZone?.message}
          registration={register('timeZone')}
        />
        <TextInput
          id="clinic-line1"
          label="Address"
          error={errors.addressLine1?.message}
          registration={register('addressLine1')}
        />
        <TextInput
          id="clinic-line2"
          label="Address line 2"
          optional
          error={errors.addressLine2?.message}
          registration={register('addressLine2')}
        />
        <TextInput
          id="clinic-city"
          label="City"
          error={errors.city?.message}
          registration={register('city')}
        />
        <TextInput
          id="clinic-region"
          label="State or region"
          error={errors.region?.message}
          registration={register('region')}
        />
        <TextInput
          id="clinic-postal"
          label="Postal code"
          error={errors.postalCode?.message}
          registration={register('postalCode')}
        />
        <TextInput
          id="clinic-country"
          label="Country code"
          hint="Two letters, e.g. US."
          error={errors.country?.message}
          registration={register('country')}
        />
        <TextInput
          id="clinic-phone"
          label="Phone"
          type="tel"
          error={errors.phone?.message}
          registration={register('phone')}
        />
        <TextInput
          id="clinic-email"
          label="E-mail"
          type="email"
          error={errors.email?.message}
          registration={register('email')}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Booking policy</legend>
        <NumberField
          id="clinic-notice"
          label="Minimum notice (minutes)"
          hint="How soon before a slot it can still be booked online."
          min={0}
          error={errors.minNoticeMinutes?.message}
          registration={register('minNoticeMinutes', asNumber)}
        />
        <NumberField
          id="clinic-horizon"
          label="Booking horizon (days)"
          hint="How far ahead patients can book."
          min={1}
          max={365}
          error={errors.bookingHorizonDays?.message}
          registration={register('bookingHorizonDays', asNumber)}
        />
        <NumberField
          id="clinic-step"
          label="Slot step (minutes)"
          hint="Start times are offered every this many minutes."
          min={5}
          max={120}
          error={errors.slotStepMinutes?.message}
          registration={register('slotStepMinutes', asNumber)}
        />
        <NumberField
          id="clinic-cutoff"
          label="Cancellation cut-off (hours)"
          hint="Patients can cancel or move online until this long before."
          min={0}
          max={168}
          error={errors.cancellationCutoffHours?.message}
          registration={register('cancellationCutoffHours', asNumber)}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Waitlist offers</legend>
        <NumberField
          id="clinic-waitlist-batch"
          label="Patients offered a freed time at once"
          hint="The longest-waiting matching patients hear first; the next ones when offers lapse."
          min={1}
          max={20}
          error={errors.waitlistBatchSize?.message}
          registration={register('waitlistBatchSize', asNumber)}
        />
        <NumberField
          id="clinic-waitlist-offer"
          label="How long an offer stays open (minutes)"
          hint="Never past the minimum notice before the time itself."
          min={5}
          max={2880}
          error={errors.waitlistOfferMinutes?.message}
          registration={register('waitlistOfferMinutes', asNumber)}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Fees page: insurance and payment</legend>
        <TextArea
          id="clinic-insurers"
          label="Insurers you are in network with"
          hint="One plan per line. Leave empty if you don’t bill insurance."
          rows={4}
          optional
          error={errors.insurers?.message}
          registration={register('insurers')}
        />
        <TextArea
          id="clinic-payment-methods"
          label="Ways to pay"
          hint="One per line, e.g. HSA and FSA cards."
          rows={4}
          optional
          error={errors.paymentMethods?.message}
          registration={register('paymentMethods')}
        />
        <TextArea
          id="clinic-insurance-note"
          label="How insurance works here"
          hint="A sentence or two above the list of insurers."
          rows={3}
          optional
          error={errors.insuranceNote?.message}
          registration={register('insuranceNote')}
          className="md:col-span-2"
        />
        <Checkbox
          id="clinic-superbills"
          label="We give superbills for out-of-network claims"
          error={errors.offersSuperbills?.message}
          registration={register('offersSuperbills')}
        />
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
        Save settings
      </SubmitButton>
      <FormStatus
        error={errors.root?.server?.message}
        success={saved ? 'Settings saved. The public site shows them now.' : undefined}
      />
    </form>
  );
}
