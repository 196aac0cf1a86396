import { buttonClasses } from '@/components/ui/button';
import { controlClass } from '@/components/forms/field';

/**
 * A plain GET form to the CSV route: the browser downloads the file. The route checks the role
 * and the dates itself (this form is only shown to admins).
 */
export function ExportForm({ today }: { today: string }) {
  const monthStart = `${today.slice(0, 8)}01`;
  return (
    <form
      action="/api/staff/exports/appointments.csv"
      method="get"
      className="flex flex-wrap items-end gap-3"
    >
      <p id="export-hint" className="w-full text-[0.95rem] text-muted">
        A CSV of every appointment starting in the range (clinic dates, both days included, at most
        366 days), with contact details and intake. The export is recorded in the audit log; store
        the file securely.
      </p>
      <div>
        <label htmlFor="export-from" className="block font-semibold">
          From
        </label>
        <input
          id="export-from"
          name="from"
          type="date"
          required
          defaultValue={monthStart}
          aria-describedby="export-hint"
          className={controlClass()}
        />
      </div>
      <div>
        <label htmlFor="export-to" className="block font-semibold">
          To
        </label>
        <input
          id="export-to"
          name="to"
          type="date"
          required
          defaultValue={today}
          aria-describedby="export-hint"
          className={controlClass()}
        />
      </div>
      <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
        Download CSV
      </button>
    </form>
  );
}
