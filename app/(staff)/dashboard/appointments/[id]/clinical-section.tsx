import { formatSlotDateTime } from '@/lib/time/slot-format';
import type { ClinicalDetail } from '@/lib/appointments/views/detail';
import { describeIntake } from '@/lib/appointments/views/intake-view';
import { RED_FLAG_LABELS, SCREENING_ACKNOWLEDGED } from '@/lib/clinical/red-flags';
import { NoteForm } from './note-form';

/** Health information: rendered only when the loader included it (admin or treating practitioner). */
export function ClinicalSection({
  appointmentId,
  clinical,
  canWrite,
  timeZone,
}: {
  appointmentId: string;
  clinical: ClinicalDetail;
  canWrite: boolean;
  timeZone: string;
}) {
  const intake = describeIntake(clinical.intake);
  return (
    <section
      aria-labelledby="clinical-heading"
      className="mt-6 rounded-xl border border-sand-200 bg-white p-5"
    >
      <h2 id="clinical-heading" className="text-xl">
        Clinical
      </h2>
      {clinical.screening ? (
        <div
          role="note"
          aria-labelledby="screening-heading"
          className="mt-3 rounded-lg border-2 border-clay-700 bg-clay-50 p-4"
        >
          <h3 id="screening-heading" className="font-sans text-base font-bold text-clay-800">
            {SCREENING_ACKNOWLEDGED}
          </h3>
          <p className="mt-1">
            When booking online on{' '}
            {formatSlotDateTime(clinical.screening.acknowledgedAt.toISOString(), timeZone)}, the
            patient ticked these warning signs and confirmed they would see a doctor today:
          </p>
          <ul className="mt-2 list-disc pl-5">
            {clinical.screening.flags.map((key) => (
              <li key={key}>{RED_FLAG_LABELS[key] ?? key}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="font-sans text-base font-semibold">Patient’s notes</h3>
          <p className="mt-1 whitespace-pre-line">
            {clinical.patientNotes || <span className="text-muted">None given.</span>}
          </p>
          <h3 className="mt-4 font-sans text-base font-semibold">Intake answers</h3>
          {intake.length > 0 ? (
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              {intake.map((item) => (
                <div key={item.label} className="contents">
                  <dt className="text-muted">{item.label}</dt>
                  <dd>{item.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="mt-1 text-muted">No intake (booked by staff).</p>
          )}
        </div>
        <div>
          <h3 className="font-sans text-base font-semibold">Clinical notes</h3>
          {clinical.notes.length > 0 ? (
            <ol className="mt-1 space-y-3">
              {clinical.notes.map((n) => (
                <li key={n.id} className="rounded-lg border border-sand-200 p-3">
                  <p className="text-sm text-muted">
                    {n.authorName ?? 'Former staff'} ·{' '}
                    {formatSlotDateTime(n.createdAt.toISOString(), timeZone)}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{n.body}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-1 text-muted">No notes yet.</p>
          )}
          {canWrite ? <NoteForm appointmentId={appointmentId} /> : null}
        </div>
      </div>
    </section>
  );
}
