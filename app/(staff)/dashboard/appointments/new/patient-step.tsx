import Link from 'next/link';
import { findPatientsToBook } from '@/db/queries/patients';
import { displayPhone } from '@/lib/phone';
import { PatientForm } from './patient-form';
import { buttonClasses } from '@/components/ui/button';

/** Step 1: find the caller by name, e-mail or phone (a plain GET search), or add them. */
export async function PatientStep({ query }: { query: string }) {
  const results = query ? await findPatientsToBook(query) : [];
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <section
        aria-labelledby="find-heading"
        className="rounded-xl border border-sand-200 bg-white p-5"
      >
        <h2 id="find-heading" className="text-xl">
          Find the patient
        </h2>
        <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="patient-search" className="block font-semibold">
              Name, e-mail or phone
            </label>
            <input
              id="patient-search"
              name="q"
              type="search"
              defaultValue={query}
              minLength={2}
              autoComplete="off"
              className="mt-1.5 block min-h-12 w-full rounded-lg border border-sand-300 bg-white px-3.5"
            />
          </div>
          <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
            Search
          </button>
        </form>
        <div aria-live="polite" className="mt-4">
          {query && results.length === 0 ? (
            <p>No patient matches “{query}”. Add them on the right.</p>
          ) : null}
          {results.length > 0 ? (
            <ul className="divide-y divide-sand-200" aria-label="Matching patients">
              {results.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">{p.name}</span>
                    <span className="block text-sm text-muted">
                      {p.email ?? 'No e-mail'} · {displayPhone(p.phone)}
                    </span>
                  </span>
                  <Link
                    href={`/dashboard/appointments/new?patient=${p.id}`}
                    aria-label={`Book for ${p.name}`}
                    className={buttonClasses({ variant: 'primary', size: 'md' })}
                  >
                    Choose
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
      <section
        aria-labelledby="new-patient-heading"
        className="rounded-xl border border-sand-200 bg-white p-5"
      >
        <h2 id="new-patient-heading" className="text-xl">
          New patient
        </h2>
        <p className="mt-1 text-sm text-muted">
          Booking by staff skips the online consent and intake questions: check for warning signs on
          the call. Without an e-mail address the patient gets no e-mails at all.
        </p>
        <div className="mt-3">
          <PatientForm />
        </div>
      </section>
    </div>
  );
}
