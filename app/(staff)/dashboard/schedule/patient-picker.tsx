'use client';

import { useEffect, useRef, useState } from 'react';
import { displayPhone } from '@/lib/phone';
import { searchPatientsAction } from './actions';
import { buttonClasses } from '@/components/ui/button';
import { controlClass } from '@/components/forms/field';

export interface PickedPatient {
  id: string;
  name: string;
  email: string | null;
  phone: string;
}

export interface NewPatientDraft {
  name: string;
  email: string;
  phone: string;
}

/**
 * Find the caller as they are typed (name, e-mail, or phone in any format), or add them as a new
 * patient without leaving the panel. Results are announced politely; nothing typed is lost.
 */
export function PatientPicker({
  picked,
  onPick,
  draft,
  onDraft,
  initialQuery = '',
  errors = {},
}: {
  picked: PickedPatient | null;
  onPick: (p: PickedPatient | null) => void;
  /** Non-null: a new patient is being added with these details. */
  draft: NewPatientDraft | null;
  onDraft: (d: NewPatientDraft | null) => void;
  initialQuery?: string;
  errors?: Partial<Record<'patient' | 'name' | 'email' | 'phone', string>>;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<PickedPatient[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (picked || q.length < 2) return;
    const ticket = ++latest.current;
    // Debounced: one search when typing pauses, and only the latest answer is shown.
    const timer = setTimeout(() => {
      void searchPatientsAction({ q }).then((result) => {
        if (ticket !== latest.current) return;
        if (result.ok) {
          setResults(result.data);
          setSearchError(null);
        } else setSearchError(result.formError ?? 'The search didn’t work. Try again.');
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [query, picked]);

  if (picked) {
    return (
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-sand-200 bg-sand-50 p-3">
        <div>
          <p className="text-sm font-semibold text-muted">Patient</p>
          <p className="font-semibold">{picked.name}</p>
          <p className="text-sm text-muted">
            {picked.email ?? 'No e-mail: nothing will be sent'} · {displayPhone(picked.phone)}
          </p>
        </div>
        <button
          type="button"
          onClick={() => onPick(null)}
          className={buttonClasses({ variant: 'secondary' })}
        >
          Change patient
        </button>
      </div>
    );
  }

  if (draft) {
    const field = (key: keyof NewPatientDraft, label: string, type = 'text') => (
      <div>
        <label htmlFor={`new-${key}`} className="block font-semibold">
          {label}
        </label>
        <input
          id={`new-${key}`}
          type={type}
          value={draft[key]}
          onChange={(e) => onDraft({ ...draft, [key]: e.target.value })}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `new-${key}-error` : undefined}
          className={controlClass()}
        />
        {errors[key] ? (
          <p id={`new-${key}-error`} className="mt-1 text-sm font-medium text-clay-800">
            {errors[key]}
          </p>
        ) : null}
      </div>
    );
    return (
      <fieldset className="rounded-xl border border-sand-200 p-3">
        <legend className="px-1 font-semibold">New patient</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {field('name', 'Full name')}
          {field('phone', 'Phone', 'tel')}
          {field('email', 'E-mail (optional)', 'email')}
        </div>
        <button
          type="button"
          onClick={() => onDraft(null)}
          className="mt-2 min-h-11 cursor-pointer font-semibold text-brand-800 underline"
        >
          Search the patient list instead
        </button>
      </fieldset>
    );
  }

  const shown = query.trim().length >= 2 ? results : null;
  return (
    <div>
      <label htmlFor="book-patient-search" className="block font-semibold">
        Patient: name, e-mail or phone
      </label>
      <input
        id="book-patient-search"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-invalid={errors.patient ? true : undefined}
        aria-describedby={errors.patient ? 'book-patient-error' : undefined}
        className={controlClass()}
      />
      {errors.patient ? (
        <p id="book-patient-error" className="mt-1 text-sm font-medium text-clay-800">
          {errors.patient}
        </p>
      ) : null}
      <div aria-live="polite" className="mt-2">
        {searchError ? <p className="text-clay-800">{searchError}</p> : null}
        {shown && shown.length === 0 ? <p className="text-sm">No patient matches.</p> : null}
        {shown && shown.length > 0 ? (
          <ul
            aria-label="Matching patients"
            className="divide-y divide-sand-200 rounded-xl border border-sand-200"
          >
            {shown.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-2 px-3 py-1.5">
                <span className="min-w-0">
                  <span className="block truncate font-semibold">{p.name}</span>
                  <span className="block truncate text-sm text-muted">
                    {p.email ?? 'No e-mail'} · {displayPhone(p.phone)}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => onPick(p)}
                  aria-label={`Choose ${p.name}`}
                  className={buttonClasses({ variant: 'secondary' })}
                >
                  Choose
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        onClick={() => onDraft(newDraftFrom(query))}
        className="mt-2 min-h-11 cursor-pointer font-semibold text-brand-800 underline"
      >
        Add a new patient
      </button>
    </div>
  );
}

/** What was typed into the search goes where it belongs in a new patient's details. */
function newDraftFrom(query: string): NewPatientDraft {
  const q = query.trim();
  if (q.includes('@')) return { name: '', email: q, phone: '' };
  if (/^[+\d\s().-]{3,}$/.test(q)) return { name: '', email: '', phone: q };
  return { name: q, email: '', phone: '' };
}
