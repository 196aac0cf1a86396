import Link from 'next/link';
import { formatLocalDate } from '@/lib/time/slot-format';
import type { GridColumn } from '@/lib/appointments/views/schedule-view';
import { SCREENING_LABEL } from './screening-mark';
import { StatusBadge } from './status-badge';

/** The week on a phone: each day as a short list instead of seven narrow columns. */
export function WeekList({ columns, today }: { columns: GridColumn[]; today: string }) {
  return (
    <div className="space-y-4">
      {columns.map((c) => (
        <section key={c.key} aria-labelledby={`day-${c.key}`}>
          <h3 id={`day-${c.key}`} className="font-sans text-base font-semibold text-ink">
            {formatLocalDate(c.date)}
            {c.group ? ` · ${c.practitionerName}` : ''}
            {c.date === today ? <span className="font-normal text-clay-800"> · today</span> : null}
          </h3>
          {c.appointments.length === 0 && c.timeOff.length === 0 ? (
            <p className="text-sm text-muted">
              {c.working.length ? 'No appointments.' : 'Not working.'}
            </p>
          ) : (
            <ul className="mt-1 space-y-1.5">
              {c.timeOff.map((t) => (
                <li
                  key={t.id}
                  className="rounded-lg border border-sand-300 bg-sand-100 p-2 text-sm"
                >
                  <span className="font-semibold">Time off</span> {t.timeLabel}
                  {t.reason ? ` · ${t.reason}` : ''}
                </li>
              ))}
              {c.appointments.map((a) => (
                <li
                  key={a.id}
                  className="flex items-center justify-between gap-2 rounded-lg border border-sand-200 bg-white p-2"
                >
                  <span className="min-w-0">
                    <span className="block text-sm">{a.timeLabel}</span>
                    <Link
                      href={`/dashboard/appointments/${a.id}`}
                      prefetch={false}
                      className="font-semibold text-brand-800"
                    >
                      {a.patientName}
                    </Link>
                    <span className="block text-sm text-muted">{a.serviceName}</span>
                    {a.screening ? (
                      <span className="block text-sm font-semibold text-rose-900">
                        ⚕ {SCREENING_LABEL}
                      </span>
                    ) : null}
                  </span>
                  <StatusBadge status={a.status} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
