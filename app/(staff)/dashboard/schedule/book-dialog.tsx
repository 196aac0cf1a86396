'use client';

import { useRef, useState, useTransition } from 'react';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import {
  precheck,
  type BoardContext,
  type SlotChoice,
} from '@/components/staff/schedule/board-context';
import { Modal } from '@/components/staff/schedule/modal';
import { SlotFields } from '@/components/staff/schedule/slot-fields';
import { alternativesOf } from '@/lib/appointments/result';
import { startIso } from '@/lib/appointments/views/slot-check';
import type { SlotView } from '@/lib/appointments/views/types';
import { bookAppointmentAction, createPatientAction } from '../appointments/new/actions';
import { PatientPicker, type NewPatientDraft, type PickedPatient } from './patient-picker';
import { FormStatus } from '@/components/forms/form-status';
import { buttonClasses } from '@/components/ui/button';
import { controlClass } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';

export interface BookPrefill {
  slot: SlotChoice;
  patient?: PickedPatient;
  /** A therapy's slug (Book again). */
  service?: string;
  /** Someone who asked to be called back: found by their phone, or added with their details. */
  caller?: { requestId: string; name: string; phone: string | null; email: string | null };
}

type Errors = Partial<
  Record<
    | 'patient'
    | 'name'
    | 'email'
    | 'phone'
    | 'service'
    | 'date'
    | 'start'
    | 'practitioner'
    | 'notes',
    string
  >
>;

/**
 * The new-appointment panel: opened from an empty time (practitioner and time filled in), from a
 * column's "+", from Book again, or for a caller. Books through the lifecycle (source: staff); a
 * time that isn't open says why before and after pressing Book, with the next open times.
 */
export function BookDialog({
  ctx,
  prefill,
  onClose,
  onDone,
}: {
  ctx: BoardContext;
  prefill: BookPrefill;
  onClose: () => void;
  onDone: (message: string, href: string) => void;
}) {
  const offered = (pid: string) => ctx.services.filter((s) => s.practitionerIds.includes(pid));
  const [slot, setSlot] = useState(prefill.slot);
  const [service, setService] = useState(
    prefill.service ?? offered(prefill.slot.practitionerId)[0]?.slug ?? ctx.services[0]?.slug ?? '',
  );
  const [patient, setPatient] = useState<PickedPatient | null>(prefill.patient ?? null);
  const [draft, setDraft] = useState<NewPatientDraft | null>(
    prefill.caller && !prefill.caller.phone
      ? { name: prefill.caller.name, email: prefill.caller.email ?? '', phone: '' }
      : null,
  );
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<SlotView[]>([]);
  const [pending, startTransition] = useTransition();
  // One key per opening of the panel: a second submit answers with the first booking.
  const [requestKey] = useState(newRequestKey);
  // Set synchronously, so a double click books once even before React re-renders the button.
  const inFlight = useRef(false);
  const chosen = ctx.services.find((s) => s.slug === service);
  const warning = precheck(ctx, slot, chosen);
  const name = (id: string) => ctx.practitioners.find((p) => p.id === id)?.name ?? '';

  const fail = (result: {
    formError?: string;
    fieldErrors?: Partial<Record<string, string[]>>;
  }) => {
    const next: Errors = {};
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
      const k = key === 'patientId' ? 'patient' : key;
      if (messages?.[0]) next[k as keyof Errors] = messages[0];
    }
    setErrors(next);
    setFormError(
      result.formError ?? (Object.keys(next).length ? null : 'That didn’t work. Please try again.'),
    );
  };

  const book = (start: string, practitionerId: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    startTransition(async () => {
      try {
        await submit(start, practitionerId);
      } finally {
        inFlight.current = false;
      }
    });
  };

  const submit = async (start: string, practitionerId: string) => {
    setFormError(null);
    setErrors({});
    let who = patient;
    if (!who && draft) {
      const created = await createPatientAction({ ...draft, dateOfBirth: '' });
      if (!created.ok) return fail(created);
      who = {
        id: created.data.patientId,
        name: draft.name,
        email: draft.email || null,
        phone: draft.phone,
      };
      setPatient(who);
      setDraft(null);
    }
    if (!who) return fail({ fieldErrors: { patient: ['Choose a patient, or add a new one.'] } });
    const result = await bookAppointmentAction({
      patientId: who.id,
      service,
      practitioner: practitionerId,
      start,
      requestKey,
      ...(notes.trim() ? { notes } : {}),
      ...(prefill.caller ? { callbackRequestId: prefill.caller.requestId } : {}),
    });
    if (result.ok) {
      const b = result.data.booking;
      onDone(
        `Booked ${who.name}: ${b.service.name} with ${b.practitioner.name}, ${formatSlotDateTime(b.start, ctx.timeZone)}.`,
        `/dashboard/appointments/${result.data.appointmentId}`,
      );
      return;
    }
    fail(result);
    setAlternatives(alternativesOf(result));
  };

  const caller = prefill.caller;
  return (
    <Modal
      wide
      title="New appointment"
      description={caller ? `Booking for ${caller.name}, who asked to be called back.` : undefined}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          book(startIso(slot.date, slot.minute, ctx.timeZone), slot.practitionerId);
        }}
        className="space-y-4"
      >
        <PatientPicker
          picked={patient}
          onPick={setPatient}
          draft={draft}
          onDraft={setDraft}
          initialQuery={caller?.phone ?? ''}
          errors={errors}
        />
        {caller && !patient && !draft ? (
          <button
            type="button"
            className={buttonClasses({ variant: 'secondary' })}
            onClick={() =>
              setDraft({ name: caller.name, email: caller.email ?? '', phone: caller.phone ?? '' })
            }
          >
            Add {caller.name} as a new patient
          </button>
        ) : null}
        <SlotFields
          idPrefix="book"
          ctx={ctx}
          value={slot}
          onChange={(next) => {
            setSlot(next);
            setAlternatives([]);
            setFormError(null);
          }}
          errors={errors}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="book-service" className="block font-semibold">
              Therapy
            </label>
            <select
              id="book-service"
              value={service}
              onChange={(e) => setService(e.target.value)}
              aria-invalid={errors.service ? true : undefined}
              aria-describedby={errors.service ? 'book-service-error' : undefined}
              className={controlClass()}
            >
              {ctx.services.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name} ({s.durationMinutes} min)
                  {s.practitionerIds.includes(slot.practitionerId)
                    ? ''
                    : ` — not ${name(slot.practitionerId)}`}
                </option>
              ))}
            </select>
            {errors.service ? (
              <p id="book-service-error" className="mt-1 text-sm font-medium text-clay-800">
                {errors.service}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor="book-notes" className="block font-semibold">
              Notes for the visit <span className="font-normal text-muted">(optional)</span>
            </label>
            <textarea
              id="book-notes"
              rows={2}
              value={notes}
              maxLength={1000}
              onChange={(e) => setNotes(e.target.value)}
              aria-invalid={errors.notes ? true : undefined}
              aria-describedby={errors.notes ? 'book-notes-error' : undefined}
              className={controlClass()}
            />
            {errors.notes ? (
              <p id="book-notes-error" className="mt-1 text-sm font-medium text-clay-800">
                {errors.notes}
              </p>
            ) : null}
          </div>
        </div>
        {warning && !formError ? (
          <p className="rounded-lg border border-clay-100 bg-clay-50 p-3 font-medium text-clay-800">
            {warning}
          </p>
        ) : null}
        <FormStatus id="book-result" error={formError ?? undefined} />
        {alternatives.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label="Next open times">
            {alternatives.map((s) => (
              <li key={`${s.start}-${s.practitionerId}`}>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => book(s.start, s.practitionerId)}
                  className={buttonClasses({ variant: 'secondary' })}
                >
                  Book {formatSlotDateTime(s.start, ctx.timeZone, false)}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={pending} pendingLabel="Booking…" variant="primary">
            Book appointment
          </SubmitButton>
          <button
            type="button"
            onClick={onClose}
            className={buttonClasses({ variant: 'secondary' })}
          >
            Close
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * A random v4 UUID. crypto.randomUUID exists only in secure contexts (https, localhost), so a desk
 * reached over plain http on the clinic's network builds one from getRandomValues instead.
 */
function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
