import { formatSlotDateTime } from '@/components/booking/slot-format';
import type { ClinicalDetail } from '@/lib/appointments/detail';
import { describeIntake } from '@/lib/appointments/intake-view';
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
