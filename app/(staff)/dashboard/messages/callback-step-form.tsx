'use client';

import { useState, useTransition } from 'react';
import type { CallbackStatus } from '@/db/schema';
import { updateCallbackAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { controlClass } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';

const CHOICES: Array<{ value: Exclude<CallbackStatus, 'booked'>; label: string }> = [
  { value: 'new', label: 'New' },
  { value: 'called_back', label: 'Called back' },
  { value: 'left_voicemail', label: 'Left voicemail' },
  { value: 'closed', label: 'Closed' },
];

/** Record what happened: a status, a note, or both. Nothing typed is lost on a failure. */
export function CallbackStepForm({
  requestId,
  status,
  name,
}: {
  requestId: string;
  status: CallbackStatus;
  name: string;
}) {
  const [next, setNext] = useState<string>(status);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `step-${requestId}`;

  const save = () =>
    startTransition(async () => {
      setError(null);
      setNoteError(null);
      setSaved(null);
      const changed = next !== status && next !== 'booked';
      const result = await updateCallbackAction({
        requestId,
        ...(changed ? { status: next } : {}),
        ...(note.trim() ? { note } : {}),
      });
      if (!result.ok) {
        const field = result.fieldErrors?.note?.[0];
        if (field) setNoteError(field);
        else setError(result.formError ?? 'That didn’t save. Please try again.');
        return;
      }
      setNote('');
      setSaved('Saved.');
    });

  return (
    <form
      aria-label={`Update the call-back for ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="mt-3 grid gap-2 rounded-lg border border-sand-200 bg-sand-50 p-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end"
    >
      <div>
        <label htmlFor={`${id}-status`} className="block text-sm font-semibold">
          Status
        </label>
        <select
          id={`${id}-status`}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          className={controlClass()}
        >
          {status === 'booked' ? <option value="booked">Booked</option> : null}
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-semibold">
          Note <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
          className={controlClass()}
        />
        {noteError ? (
          <p id={`${id}-note-error`} className="mt-1 text-sm font-medium text-clay-800">
            {noteError}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={pending} pendingLabel="Saving…" variant="primary">
        Save
      </SubmitButton>
      <div className="sm:col-span-3">
        <FormStatus id={`${id}-result`} error={error ?? undefined} success={saved} />
      </div>
    </form>
  );
}
