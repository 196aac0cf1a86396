'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { formatPhone } from '@/lib/format';
import { bookingScreening, SCREENING_ACKNOWLEDGEMENT_REQUIRED } from '@/lib/clinical/red-flags';
import {
  patientDetailsSchema,
  type PatientDetails,
  type PatientDetailsInput,
} from '@/lib/validations/booking';
import { ConsentSection, PainSection } from './details-sections';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { TextInput } from '@/components/forms/controls';
import { useHydrated } from '@/components/forms/public-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { EmergencyGuidance } from './red-flag-guidance';
import { SafetyCheck } from './safety-check';
import { useDetailsDraft, useEmergencyFocus } from './use-details-draft';

type Values = PatientDetailsInput;

const EMPTY: DefaultValues<Values> = {
  name: '',
  email: '',
  phone: '',
  reason: '',
  intake: { painAreas: [], redFlags: [] },
};

const sectionClass =
  'space-y-6 rounded-card border border-sand-200 bg-white p-4 shadow-card sm:p-6';

/** Step 4: who the patient is and a short intake. Saved to sessionStorage as they type. */
export function DetailsForm({
  reviewHref,
  clinicPhone,
  cutoffHours,
  consultationNote,
}: {
  reviewHref: string;
  clinicPhone: string;
  cutoffHours: number;
  /** Set when the therapy needs a consultation first: what new patients should book instead. */
  consultationNote?: { serviceName: string; href: string };
}) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  // Until React has hydrated, typing would be wiped when the form wakes up: keep it disabled.
  const hydrated = useHydrated();
  const form = useForm<Values, unknown, PatientDetails>({
    resolver: zodResolver(patientDetailsSchema),
    defaultValues: EMPTY,
    shouldFocusError: true,
  });
  const serverErrorRef = useDetailsDraft(form, EMPTY, hydrated);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = form;

  const redFlags = useWatch({ control, name: 'intake.redFlags' });
  const acknowledged = useWatch({ control, name: 'intake.screeningAcknowledged' });
  const patientType = useWatch({ control, name: 'patientType' });
  const screening = bookingScreening(Array.isArray(redFlags) ? redFlags : [], acknowledged);
  const emergency = screening.kind === 'emergency';
  const emergencyRef = useEmergencyFocus(emergency);

  const errorCount = countErrors(errors);
  const busy = isSubmitting || navigating;

  const onValid = (values: PatientDetails) => {
    const check = bookingScreening(values.intake.redFlags, values.intake.screeningAcknowledged);
    if (check.kind === 'emergency') return; // the button is gone, but Enter in a field still submits
    if (check.kind === 'needs_acknowledgement') {
      setError(
        'intake.screeningAcknowledged',
        { message: SCREENING_ACKNOWLEDGEMENT_REQUIRED },
        { shouldFocus: true },
      );
      return;
    }
    if (consultationNote && values.patientType === 'new') {
      setError(
        'patientType',
        {
          message:
            'New patients start with a consultation for this therapy: please book that first.',
        },
        { shouldFocus: true },
      );
      return;
    }
    startNavigation(() => router.push(reviewHref));
  };

  return (
    <form
      method="post"
      noValidate
      onSubmit={(e) => void handleSubmit(onValid)(e)}
      className="space-y-6"
      aria-describedby="details-intro"
    >
      <p id="details-intro" className="text-muted">
        All questions are required unless marked optional. We keep your answers on this device until
        you book.
      </p>
      <noscript>
        <p className="rounded-lg border-2 border-clay-700 bg-clay-50 p-3 font-semibold text-clay-800">
          This form needs JavaScript. Please turn it on, or call us on {formatPhone(clinicPhone)} to
          book.
        </p>
      </noscript>
      {screening.kind === 'emergency' ? (
        <EmergencyGuidance
          ref={emergencyRef}
          id="emergency-guidance"
          clinicPhone={clinicPhone}
          flags={screening.flags}
        />
      ) : null}
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-6 border-0 p-0">
        <legend className="sr-only">Your details</legend>
        <SafetyCheck
          register={register}
          errors={errors}
          screening={screening}
          className={sectionClass}
        />

        <section aria-labelledby="about-heading" className={sectionClass}>
          <h2 id="about-heading" className="text-2xl">
            About you
          </h2>
          <TextInput
            density="roomy"
            id="details-name"
            label="Full name"
            autoComplete="name"
            autoCapitalize="words"
            registration={register('name')}
            error={errors.name?.message}
          />
          <TextInput
            density="roomy"
            id="details-email"
            label="E-mail"
            hint="We send your confirmation here."
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            registration={register('email')}
            error={errors.email?.message}
          />
          <TextInput
            density="roomy"
            id="details-phone"
            label="Mobile phone"
            hint="In case we need to reach you about your visit."
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            registration={register('phone')}
            error={errors.phone?.message}
          />
          <ChoiceGroup
            id="details-patient-type"
            type="radio"
            legend="Have you been to Larkfield Stride before?"
            options={[
              ['new', 'No, this is my first visit'],
              ['returning', 'Yes, I’ve been before'],
            ]}
            registration={register('patientType')}
            error={errors.patientType?.message}
          />
          {consultationNote && patientType === 'new' ? (
            <p
              className="rounded-lg border border-clay-100 bg-clay-50 p-3 text-ink"
              aria-live="polite"
            >
              New patients start with a consultation so we can check this therapy suits you.{' '}
              <a
                href={consultationNote.href}
                className="font-semibold text-brand-800 underline underline-offset-4"
              >
                Book a {consultationNote.serviceName.toLowerCase()} instead
              </a>
              .
            </p>
          ) : null}
        </section>

        <PainSection register={register} errors={errors} className={sectionClass} />
        <ConsentSection
          register={register}
          errors={errors}
          cutoffHours={cutoffHours}
          className={sectionClass}
        />

        <div aria-live="polite" className="space-y-3">
          {errors.root?.server?.message ? (
            <p
              ref={serverErrorRef}
              tabIndex={-1}
              className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800"
            >
              {errors.root.server.message}
            </p>
          ) : null}
          {submitCount > 0 && errorCount > 0 ? (
            <p className="font-medium text-clay-800">
              Please check {errorCount === 1 ? 'the answer' : `the ${errorCount} answers`} marked
              above.
            </p>
          ) : null}
        </div>

        {emergency ? (
          <p className="rounded-lg border-2 border-clay-700 bg-clay-50 p-4 font-semibold text-clay-800">
            Online booking isn’t available with the symptoms you ticked. Please follow the advice at
            the top of this page.
          </p>
        ) : (
          <SubmitButton pending={busy} pendingLabel="Saving…" variant="cta" size="lg" wide>
            Continue to review
          </SubmitButton>
        )}
      </fieldset>
    </form>
  );
}

function countErrors(errors: object): number {
  let count = 0;
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'root' || !value || typeof value !== 'object') continue;
    if ('message' in value && typeof value.message === 'string') count += 1;
    else count += countErrors(value);
  }
  return count;
}
