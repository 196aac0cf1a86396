import type { AppointmentStatus } from '@/db/schema';
import { serviceCode } from '@/lib/appointments/service-code';
import { HATCH_STYLE } from './status-style';
import { StatusBadge } from './status-badge';

const SHOWN: AppointmentStatus[] = ['booked', 'confirmed', 'arrived', 'completed', 'no_show'];

/** What the colours, hatching and therapy marks on the grid mean. */
export function ScheduleLegend({ services }: { services: Array<{ id: string; name: string }> }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
        Key to the schedule
      </summary>
      <div className="mt-2 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <p className="font-semibold">Status</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {SHOWN.map((s) => (
              <li key={s}>
                <StatusBadge status={s} />
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-4 w-8 rounded border border-sand-300"
                style={HATCH_STYLE}
              />
              Time off
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold">Therapy marks</p>
          <ul className="mt-1 space-y-0.5">
            {services.map((s) => (
              <li key={s.id}>
                <span className="mr-2 rounded border border-ink/30 px-1 font-mono text-xs font-semibold">
                  {serviceCode(s.name)}
                </span>
                {s.name}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
