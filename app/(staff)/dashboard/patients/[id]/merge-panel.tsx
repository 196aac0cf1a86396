import { Panel } from '@/components/staff/page-heading';
import { findPossibleDuplicates } from '@/db/queries/patients';
import { displayPhone } from '@/lib/phone';
import { MergeForm } from './merge-form';
import { controlClass } from '@/components/forms/field';
import { buttonClasses } from '@/components/ui/button';

/**
 * Two records of one person (booked once by phone, once online with a new address): the likely
 * duplicates, a search for others, and the merge itself behind a typed confirmation.
 */
export async function MergePanel({
  patient,
  query,
}: {
  patient: { id: string; name: string; email: string | null; phone: string };
  query: string;
}) {
  const candidates = await findPossibleDuplicates(patient, query);
  return (
    <Panel title="Merge a duplicate record" id="merge" className="mt-5">
      <p className="text-[0.95rem] text-muted">
        If another record is the same person, merge it into this one: its appointments, notes and
        e-mails move here, and it is removed. This record’s details are kept; blanks are filled from
        the other, and an e-mail or phone of the other’s that differs is kept under “Other contact
        details” on this record.
      </p>
      <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="merge-search" className="block font-semibold">
            Find another record
          </label>
          <input
            id="merge-search"
            name="merge"
            type="search"
            defaultValue={query}
            autoComplete="off"
            className={controlClass()}
          />
        </div>
        <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
          Search
        </button>
      </form>
      <div aria-live="polite" className="mt-4">
        {candidates.length === 0 ? (
          <p className="text-muted">
            {query ? `No other record matches “${query}”.` : 'No likely duplicates found.'}
          </p>
        ) : (
          <ul className="space-y-3" aria-label={query ? 'Matching records' : 'Likely duplicates'}>
            {candidates.map((c) => (
              <li key={c.id} className="rounded-lg border border-sand-200 p-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-semibold">{c.name}</span>{' '}
                    <span className="text-sm text-muted">
                      {c.email ?? 'no e-mail'} · {displayPhone(c.phone)} · {c.appointments}{' '}
                      appointment{c.appointments === 1 ? '' : 's'}
                    </span>
                  </summary>
                  <div className="mt-3">
                    <MergeForm keepId={patient.id} mergeId={c.id} otherName={c.name} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Panel>
  );
}
