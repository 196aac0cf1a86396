'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  FieldMessage,
  publicControlClasses as control,
  usePublicFormSubmission,
} from '@/components/forms/public-form';
import { requestCallbackAction } from '@/app/(site)/contact/actions';
import {
  PREFERRED_TIMES,
  callbackRequestSchema,
  type CallbackRequestInput,
  type CallbackRequestValues,
} from '@/lib/validations/callback';

const FIELDS = ['name', 'phone', 'email', 'preferredTime', 'message', 'consent'] as const;

function describedBy(id: string, hint: boolean, error: boolean) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

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
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  if (sent) {
    return (
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className="rounded-xl border border-brand-200 bg-brand-50 p-5"
      >
        <p className="text-lg font-semibold">Thank you, we have your request.</p>
        <p className="mt-2">
          We call back within one working day, during opening hours. If it becomes urgent, phone us
          on {clinicPhone}.
        </p>
        <button
          type="button"
          onClick={() => setSent(false)}
          className="mt-3 cursor-pointer font-semibold text-brand-800 underline underline-offset-4"
        >
          Send another request
        </button>
      </div>
    );
  }

  return (
    <form
      onSubmit={(e) => void handleSubmit(submit)(e)}
      noValidate
      className="space-y-5"
      aria-describedby="call-back-promise"
    >
      <div aria-live="polite" role="status">
        {errors.root?.server?.message ? (
          <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800">
            {errors.root.server.message}
          </p>
        ) : null}
      </div>
      <fieldset disabled={!hydrated} className="contents">
        <div className="grid gap-5 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor="cb-name" className="block font-semibold">
              Your name
            </label>
            <input
              id="cb-name"
              autoComplete="name"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('cb-name', false, !!errors.name)}
              className={`${control} ${errors.name ? 'border-clay-700' : 'border-sand-300'}`}
              {...register('name')}
            />
            <FieldMessage id="cb-name" message={errors.name?.message} />
          </div>
          <p id="cb-contact-hint" className="text-[0.95rem] text-muted sm:col-span-2">
            Give us a phone number, an e-mail address, or both.
          </p>
          <div>
            <label htmlFor="cb-phone" className="block font-semibold">
              Phone <span className="font-normal text-muted">(optional if you give an e-mail)</span>
            </label>
            <input
              id="cb-phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              aria-invalid={errors.phone ? true : undefined}
              aria-describedby={['cb-contact-hint', errors.phone ? 'cb-phone-error' : '']
                .filter(Boolean)
                .join(' ')}
              className={`${control} ${errors.phone ? 'border-clay-700' : 'border-sand-300'}`}
              {...register('phone')}
            />
            <FieldMessage id="cb-phone" message={errors.phone?.message} />
          </div>
          <div>
            <label htmlFor="cb-email" className="block font-semibold">
              E-mail <span className="font-normal text-muted">(optional if you give a phone)</span>
            </label>
            <input
              id="cb-email"
              type="email"
              autoComplete="email"
              inputMode="email"
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={['cb-contact-hint', errors.email ? 'cb-email-error' : '']
                .filter(Boolean)
                .join(' ')}
              className={`${control} ${errors.email ? 'border-clay-700' : 'border-sand-300'}`}
              {...register('email')}
            />
            <FieldMessage id="cb-email" message={errors.email?.message} />
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="cb-time" className="block font-semibold">
              When suits you best?
            </label>
            <select
              id="cb-time"
              aria-invalid={errors.preferredTime ? true : undefined}
              aria-describedby={describedBy('cb-time', false, !!errors.preferredTime)}
              className={`${control} ${errors.preferredTime ? 'border-clay-700' : 'border-sand-300'}`}
              {...register('preferredTime')}
            >
              {Object.entries(PREFERRED_TIMES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <FieldMessage id="cb-time" message={errors.preferredTime?.message} />
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="cb-message" className="block font-semibold">
              What would you like to talk about?{' '}
              <span className="font-normal text-muted">(optional)</span>
            </label>
            <p id="cb-message-hint" className="text-[0.95rem] text-muted">
              A line or two is plenty. Please don’t include detailed medical history here.
            </p>
            <textarea
              id="cb-message"
              rows={3}
              maxLength={1000}
              aria-invalid={errors.message ? true : undefined}
              aria-describedby={describedBy('cb-message', true, !!errors.message)}
              className={`${control} ${errors.message ? 'border-clay-700' : 'border-sand-300'}`}
              {...register('message')}
            />
            <FieldMessage id="cb-message" message={errors.message?.message} />
          </div>
        </div>
        {/* Honeypot: invisible to people and screen readers; bots that fill every field give themselves away. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="cb-website">Leave this field empty</label>
          <input
            id="cb-website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            {...register('website')}
          />
        </div>
        <input type="hidden" {...register('formToken')} />
        <div>
          <div className="flex items-start gap-3">
            <input
              id="cb-consent"
              type="checkbox"
              className="mt-1 size-5 accent-brand-700"
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={describedBy('cb-consent', false, !!errors.consent)}
              {...register('consent')}
            />
            <label htmlFor="cb-consent">
              I agree that the clinic stores these details to call or e-mail me back about this
              request.
            </label>
          </div>
          <FieldMessage id="cb-consent" message={errors.consent?.message} />
        </div>
        <button
          type="submit"
          disabled={isSubmitting}
          className="inline-flex min-h-12 w-full cursor-pointer items-center justify-center rounded-full bg-brand-800 px-6 py-3 font-semibold text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-80 sm:w-auto"
        >
          {isSubmitting ? 'Sending…' : 'Request a call back'}
        </button>
      </fieldset>
    </form>
  );
}
