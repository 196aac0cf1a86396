'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  ConsentCheckbox,
  SentNotice,
  SpamGuardFields,
  usePublicFormSubmission,
} from '@/components/forms/public-form';
import { controlClass, Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextArea, TextInput } from '@/components/forms/controls';
import { callbackFormStampAction, requestCallbackAction } from '@/app/(site)/contact/actions';
import {
  PREFERRED_TIMES,
  callbackRequestSchema,
  type CallbackRequestInput,
  type CallbackRequestValues,
} from '@/lib/validations/callback';

const FIELDS = ['name', 'phone', 'email', 'preferredTime', 'message', 'consent'] as const;

/**
 * "Ask us to call you back". The same zod schema runs here and on the server; a honeypot field
 * and a signed "form shown at" stamp keep simple bots out without a third-party CAPTCHA.
 */
export function CallbackForm({
  formToken,
  clinicPhone,
}: {
  formToken: string;
  clinicPhone: string;
}) {
  const form = useForm<CallbackRequestInput, unknown, CallbackRequestValues>({
    resolver: zodResolver(callbackRequestSchema),
    defaultValues: {
      name: '',
      phone: '',
      email: '',
      preferredTime: 'any',
      message: '',
      website: '',
      formToken,
    },
    shouldFocusError: true,
  });

  const { sent, setSent, statusRef, hydrated, submit } = usePublicFormSubmission(
    form,
    requestCallbackAction,
    FIELDS,
    callbackFormStampAction,
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  if (sent) {
    return (
      <SentNotice
        statusRef={statusRef}
        title="Thank you, we have your request."
        againLabel="Send another request"
        onAgain={() => setSent(false)}
      >
        We call back within one working day, during opening hours. If it becomes urgent, phone us on{' '}
        {clinicPhone}.
      </SentNotice>
    );
  }

  return (
    <form
      onSubmit={(e) => void handleSubmit(submit)(e)}
      noValidate
      className="space-y-5"
      aria-describedby="call-back-promise"
    >
      <FormStatus error={errors.root?.server?.message} />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your call-back request</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextInput
            id="cb-name"
            label="Your name"
            error={errors.name?.message}
            className="sm:col-span-2"
            density="roomy"
            autoComplete="name"
            registration={register('name')}
          />
          <p id="cb-contact-hint" className="text-[0.95rem] text-muted sm:col-span-2">
            Give us a phone number, an e-mail address, or both.
          </p>
          <Field
            id="cb-phone"
            label={
              <>
                Phone{' '}
                <span className="font-normal text-muted">(optional if you give an e-mail)</span>
              </>
            }
            error={errors.phone?.message}
          >
            {(a11y) => (
              <input
                {...a11y}
                aria-describedby={withContactHint(a11y['aria-describedby'])}
                type="tel"
                autoComplete="tel"
                inputMode="tel"
                className={controlClass({ density: 'roomy', invalid: !!errors.phone })}
                {...register('phone')}
              />
            )}
          </Field>
          <Field
            id="cb-email"
            label={
              <>
                E-mail{' '}
                <span className="font-normal text-muted">(optional if you give a phone)</span>
              </>
            }
            error={errors.email?.message}
          >
            {(a11y) => (
              <input
                {...a11y}
                aria-describedby={withContactHint(a11y['aria-describedby'])}
                type="email"
                autoComplete="email"
                inputMode="email"
                className={controlClass({ density: 'roomy', invalid: !!errors.email })}
                {...register('email')}
              />
            )}
          </Field>
          <Field
            id="cb-time"
            label="When suits you best?"
            error={errors.preferredTime?.message}
            className="sm:col-span-2"
          >
            {(a11y) => (
              <select
                {...a11y}
                className={controlClass({ density: 'roomy', invalid: !!errors.preferredTime })}
                {...register('preferredTime')}
              >
                {Object.entries(PREFERRED_TIMES).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextArea
            id="cb-message"
            label="What would you like to talk about?"
            optional
            hint="A line or two is plenty. Please don’t include detailed medical history here."
            error={errors.message?.message}
            className="sm:col-span-2"
            density="roomy"
            rows={3}
            maxLength={1000}
            registration={register('message')}
          />
        </div>
        <SpamGuardFields
          id="cb-website"
          website={register('website')}
          formToken={register('formToken')}
        />
        <ConsentCheckbox
          id="cb-consent"
          error={errors.consent?.message}
          registration={register('consent')}
        >
          I agree that the clinic stores these details to call or e-mail me back about this request.
        </ConsentCheckbox>
        <SubmitButton
          variant="primary"
          size="lg"
          wide
          pending={isSubmitting}
          pendingLabel="Sending…"
        >
          Request a call back
        </SubmitButton>
      </fieldset>
    </form>
  );
}

/** The shared contact hint first, then the field's own error. */
function withContactHint(own: string | undefined): string {
  return ['cb-contact-hint', own].filter(Boolean).join(' ');
}
