import { Panel } from '@/components/staff/page-heading';
import { EraseForm } from './erase-form';
import { buttonClasses } from '@/components/ui/button';

/** Admins only (the page decides; the route and the action check again): export and erase. */
export function PrivacyPanel({
  patientId,
  upcomingActive,
  erasedOn,
}: {
  patientId: string;
  upcomingActive: number;
  /** The clinic-local date of the erasure, when erased. */
  erasedOn: string | null;
}) {
  return (
    <Panel title="Privacy requests" id="privacy" className="mt-5">
      <div className="space-y-5">
        <div className="space-y-2">
          <p className="text-[0.95rem] text-muted">
            Everything the clinic holds about this patient (record, appointments, intake, clinical
            notes, e-mails, call-back requests, questions and audit entries) as one JSON file. The
            download is recorded in the audit log; store the file securely.
          </p>
          <a
            href={`/api/staff/patients/${patientId}/export`}
            download
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            Download data (JSON)
          </a>
        </div>
        <div className="space-y-2">
          <h3 className="text-lg">Erase</h3>
          {erasedOn ? (
            <p className="text-[0.95rem]">
              This patient’s personal data was erased on {erasedOn}. Past appointments remain,
              without intake, notes or contact details.
            </p>
          ) : (
            <p className="text-[0.95rem] text-muted">
              For a request to delete their data. You will see what happens before anything is
              erased.
            </p>
          )}
          <EraseForm
            patientId={patientId}
            upcomingActive={upcomingActive}
            erased={erasedOn !== null}
          />
        </div>
      </div>
    </Panel>
  );
}
