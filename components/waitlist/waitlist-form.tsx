'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import {
  ConsentCheckbox,
  SentNotice,
  usePublicFormSubmission,
} from '@/components/forms/public-form';
import { controlClass, Field, FieldError } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextInput } from '@/components/forms/controls';
import type { ActionResult } from '@/lib/actions/result';
import {
  waitlistJoinSchema,
  type WaitlistJoin,
  type WaitlistJoinInput,
} from '@/lib/validations/waitlist';

const FIELDS = [
  'service',
  'practitioner',
  'weekdays',
  'partsOfDay',
  'latestDate',
  'name',
  'email',
  'phone',
  'consent',
] as const;

const DAYS = [
  [1, 'Mon', 'Monday'],
  [2, 'Tue', 'Tuesday'],
  [3, 'Wed', 'Wednesday'],
  [4, 'Thu', 'Thursday'],
  [5, 'Fri', 'Friday'],
  [6, 'Sat', 'Saturday'],
  [7, 'Sun', 'Sunday'],
] as const;

const PARTS = [
  ['morning', 'Mornings', 'before 12 noon'],
  ['afternoon', 'Afternoons', '12 to 5 pm'],
  ['evening', 'Evenings', 'from 5 pm'],
] as const;

export interface WaitlistFormProps {
  idPrefix: string;
  services: { slug: string; name: string }[];
  practitioners: { id: string; name: string; serviceSlugs: string[] }[];
  defaults: Partial<WaitlistJoinInput>;
  /** Linked to a booked appointment: the therapy is that appointment's. */
  lockService?: boolean;
  minDate: string;
  maxDate: string;
  consentText: string;
  submitLabel: string;
  sentTitle: string;
  sentBody: string;
  action: (values: WaitlistJoin) => Promise<ActionResult<unknown>>;
}

/**
 * The waitlist form, for patients (online, after a booking) and for staff taking a request by
 * phone. The same zod schema runs here and in the server action.
 */
export function WaitlistForm(props: WaitlistFormProps) {
  const { idPrefix: p } = props;
  const form = useForm<WaitlistJoinInput, unknown, WaitlistJoin>({
    resolver: zodResolver(waitlistJoinSchema),
    defaultValues: {
      service: props.services[0]?.slug ?? '',
      practitioner: 'any',
      weekdays: ['1', '2', '3', '4', '5'] as unknown as number[],
      partsOfDay: ['morning', 'afternoon', 'evening'],
      latestDate: props.maxDate,
      name: '',
      email: '',
      phone: '',
      ...props.defaults,
    },
    shouldFocusError: true,
  });
  const { sent, setSent, statusRef, hydrated, submit } = usePublicFormSubmission(
    form,
    async (values: WaitlistJoin) => {
      const result = await props.action(values);
      return result.ok ? { ok: true as const, data: undefined } : result;
    },
    FIELDS,
  );
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const service = useWatch({ control, name: 'service' });
  const practitioners = props.practitioners.filter((x) => x.serviceSlugs.includes(service));

  if (sent) {
    return (
      <SentNotice
        statusRef={statusRef}
        title={props.sentTitle}
        againLabel="Add another waitlist request"
        onAgain={() => setSent(false)}
      >
        {props.sentBody}
      </SentNotice>
    );
  }

  return (
    <form onSubmit={(e) => void handleSubmit(submit)(e)} noValidate className="space-y-6">
      <FormStatus error={errors.root?.server?.message} />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your waitlist request</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          {props.lockService ? (
            <div>
              <p className="font-semibold">Therapy</p>
              <p className="mt-1.5 py-3">
                {props.services.find((x) => x.slug === service)?.name ?? service}
              </p>
              <input type="hidden" {...register('service')} />
            </div>
          ) : (
            <Field id={`${p}-service`} label="Therapy" error={errors.service?.message}>
              {(a11y) => (
                <select
                  {...a11y}
                  className={controlClass({ density: 'roomy', invalid: !!errors.service })}
                  {...register('service')}
                >
                  {props.services.map((x) => (
                    <option key={x.slug} value={x.slug}>
                      {x.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field id={`${p}-practitioner`} label="Who with?" error={errors.practitioner?.message}>
            {(a11y) => (
              <select
                {...a11y}
                className={controlClass({ density: 'roomy', invalid: !!errors.practitioner })}
                {...register('practitioner')}
              >
                <option value="any">Anyone</option>
                {practitioners.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <ChoiceGroup
          id={`${p}-days`}
          legend="Which days suit you?"
          error={errors.weekdays?.message ?? errors.weekdays?.root?.message}
        >
          {DAYS.map(([value, short, long]) => (
            <Choice
              key={value}
              id={`${p}-day-${value}`}
              value={String(value)}
              registration={register('weekdays')}
              label={
                <abbr title={long} className="no-underline">
                  {short}
                </abbr>
              }
              srLabel={long}
            />
          ))}
        </ChoiceGroup>

        <ChoiceGroup
          id={`${p}-parts`}
          legend="Which parts of the day?"
          error={errors.partsOfDay?.message ?? errors.partsOfDay?.root?.message}
        >
          {PARTS.map(([value, label, hint]) => (
            <Choice
              key={value}
              id={`${p}-part-${value}`}
              value={value}
              registration={register('partsOfDay')}
              label={
                <>
                  {label} <span className="text-muted">({hint})</span>
                </>
              }
            />
          ))}
        </ChoiceGroup>

        <TextInput
          id={`${p}-latest`}
          label="Latest date that is still useful"
          hint="We stop offering times after this day."
          error={errors.latestDate?.message}
          density="roomy"
          type="date"
          min={props.minDate}
          max={props.maxDate}
          registration={register('latestDate')}
        />

        <div className="grid gap-5 sm:grid-cols-2">
          <TextInput
            id={`${p}-name`}
            label="Full name"
            error={errors.name?.message}
            className="sm:col-span-2"
            density="roomy"
            autoComplete="name"
            registration={register('name')}
          />
          <TextInput
            id={`${p}-email`}
            label="E-mail"
            error={errors.email?.message}
            density="roomy"
            type="email"
            autoComplete="email"
            inputMode="email"
            registration={register('email')}
          />
          <TextInput
            id={`${p}-phone`}
            label="Phone"
            error={errors.phone?.message}
            density="roomy"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            registration={register('phone')}
          />
        </div>
        <ConsentCheckbox
          id={`${p}-consent`}
          error={errors.consent?.message}
          registration={register('consent')}
        >
          {props.consentText}
        </ConsentCheckbox>
        <SubmitButton
          variant="primary"
          size="lg"
          wide
          pending={isSubmitting}
          pendingLabel="Sending…"
        >
          {props.submitLabel}
        </SubmitButton>
      </fieldset>
    </form>
  );
}

function ChoiceGroup({
  id,
  legend,
  error,
  children,
}: {
  id: string;
  legend: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">{children}</div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}

function Choice({
  id,
  value,
  registration,
  label,
  srLabel,
}: {
  id: string;
  value: string;
  registration: UseFormRegisterReturn;
  label: React.ReactNode;
  srLabel?: string;
}) {
  return (
    <div className="flex min-h-11 items-center gap-2 rounded-lg border border-sand-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
      <input
        id={id}
        type="checkbox"
        value={value}
        className="size-5 accent-brand-700"
        aria-label={srLabel}
        {...registration}
      />
      <label htmlFor={id} className="py-2">
        {label}
      </label>
    </div>
  );
}
