import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import {
  LEG_PAIN,
  PAIN_AREAS,
  PAIN_DURATIONS,
  type PatientDetailsInput,
} from '@/lib/validations/booking';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { TextArea } from '@/components/forms/controls';
import { FieldError } from '@/components/forms/field';

/** Parts of the details form, split out to keep the form component readable. */

interface SectionProps {
  register: UseFormRegister<PatientDetailsInput>;
  errors: FieldErrors<PatientDetailsInput>;
  className: string;
}

export const entries = <T extends Record<string, string>>(o: T) =>
  Object.entries(o) as Array<[string, string]>;

/** The short intake: where it hurts, for how long, whether it runs down a leg, and why. */
export function PainSection({ register, errors, className }: SectionProps) {
  return (
    <section aria-labelledby="pain-heading" className={className}>
      <h2 id="pain-heading" className="text-2xl">
        About your pain
      </h2>
      <ChoiceGroup
        id="details-pain-areas"
        type="checkbox"
        legend="Where does it hurt?"
        hint="Tick all that apply."
        columns
        options={entries(PAIN_AREAS)}
        registration={register('intake.painAreas')}
        error={errors.intake?.painAreas?.message}
      />
      <ChoiceGroup
        id="details-pain-duration"
        type="radio"
        legend="How long has it hurt?"
        columns
        options={entries(PAIN_DURATIONS)}
        registration={register('intake.painDuration')}
        error={errors.intake?.painDuration?.message}
      />
      <ChoiceGroup
        id="details-leg-pain"
        type="radio"
        legend="Does the pain run down a leg?"
        options={entries(LEG_PAIN)}
        registration={register('intake.legPain')}
        error={errors.intake?.legPain?.message}
      />
      <TextArea
        density="roomy"
        optional
        rows={3}
        id="details-reason"
        label="What brings you in?"
        hint="Anything you’d like us to know: what happened, what makes it better or worse, your running goals."
        maxLength={1000}
        registration={register('reason')}
        error={errors.reason?.message}
      />
    </section>
  );
}

/** The clinic's cancellation cut-off and the consent tick box. */
export function ConsentSection({
  register,
  errors,
  cutoffHours,
  className,
}: SectionProps & { cutoffHours: number }) {
  return (
    <section aria-labelledby="policy-heading" className={className}>
      <h2 id="policy-heading" className="text-2xl">
        Cancellation policy
      </h2>
      <p id="details-consent-hint" className="text-ink">
        If you can’t make it, please cancel or change your appointment at least{' '}
        <strong>{cutoffHours} hours</strong> before it starts, using the link in your confirmation.
        Closer to the time, please call us.
      </p>
      <div>
        <label
          className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border bg-white px-3.5 py-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 ${
            errors.consent ? 'border-clay-700' : 'border-sand-300'
          }`}
        >
          <input
            id="details-consent"
            type="checkbox"
            className="mt-0.5 size-5 shrink-0 accent-brand-800"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={`details-consent-hint${errors.consent ? ' details-consent-error' : ''}`}
            {...register('consent')}
          />
          <span className="text-ink">I accept the {cutoffHours}-hour cancellation policy</span>
        </label>
        <FieldError id="details-consent" message={errors.consent?.message} />
      </div>
    </section>
  );
}
