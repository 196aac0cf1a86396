import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import {
  redFlagsOf,
  SCREENING_ACKNOWLEDGEMENT,
  type BookingScreening,
} from '@/lib/clinical/red-flags';
import type { PatientDetailsInput } from '@/lib/validations/booking';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FieldError } from '@/components/forms/field';
import { SeeDoctorTodayGuidance } from './red-flag-guidance';

const options = (tier: 'emergency' | 'see-doctor-today') =>
  redFlagsOf(tier).map((flag) => [flag.key, flag.label] as const);

/**
 * The booking form's warning-sign question: both tiers of lib/clinical/red-flags.ts as tick
 * boxes. A see-a-doctor-today sign shows its advice and the acknowledgement needed to go on; an
 * emergency sign's message is rendered by the form at its top (it stops the booking).
 */
export function SafetyCheck({
  register,
  errors,
  screening,
  className,
}: {
  register: UseFormRegister<PatientDetailsInput>;
  errors: FieldErrors<PatientDetailsInput>;
  screening: BookingScreening;
  className: string;
}) {
  const redFlags = register('intake.redFlags');
  const ackError = errors.intake?.screeningAcknowledged?.message;
  return (
    <section aria-labelledby="safety-heading" data-red-flags="booking" className={className}>
      <h2 id="safety-heading" className="text-2xl">
        First, a quick safety check
      </h2>
      <ChoiceGroup
        id="details-red-flags"
        type="checkbox"
        legend="Do you have any of these right now?"
        hint="Tick any that apply. If none do, leave them all unticked."
        options={options('emergency')}
        registration={redFlags}
        error={errors.intake?.redFlags?.message}
      />
      <ChoiceGroup
        id="details-red-flags-today"
        type="checkbox"
        legend="Does your back pain come with any of these?"
        hint="Tick any that apply."
        options={options('see-doctor-today')}
        registration={redFlags}
      />
      <div aria-live="polite">
        {screening.kind === 'needs_acknowledgement' || screening.kind === 'acknowledged' ? (
          <SeeDoctorTodayGuidance id="see-doctor-today" flags={screening.flags}>
            <label
              className={`mt-4 flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border bg-white px-3.5 py-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 ${
                ackError ? 'border-clay-700' : 'border-sand-300'
              }`}
            >
              <input
                id="details-screening-ack"
                type="checkbox"
                className="mt-0.5 size-5 shrink-0 accent-brand-800"
                aria-invalid={ackError ? true : undefined}
                aria-describedby={ackError ? 'details-screening-ack-error' : undefined}
                {...register('intake.screeningAcknowledged', { shouldUnregister: true })}
              />
              <span className="font-semibold text-ink">{SCREENING_ACKNOWLEDGEMENT}</span>
            </label>
            <FieldError id="details-screening-ack" message={ackError} />
          </SeeDoctorTodayGuidance>
        ) : null}
      </div>
    </section>
  );
}
