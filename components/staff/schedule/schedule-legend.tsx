import type { AppointmentStatus } from '@/db/schema';
import { CLOSED_STYLE, HATCH_STYLE } from './status-style';
import { StatusBadge } from './status-badge';

const SHOWN: AppointmentStatus[] = ['booked', 'confirmed', 'arrived', 'completed', 'no_show'];

/** The key to the grid, one click away in the toolbar: practitioners' colours, status marks. */
export function ScheduleLegend({
  practitioners,
}: {
  practitioners: Array<{ id: string; name: string; color: string }>;
}) {
  return (
    <details className="relative text-sm">
      <summary className="inline-flex min-h-10 cursor-pointer items-center rounded-full border border-sand-300 bg-white px-3 font-semibold text-brand-900 hover:bg-sand-50">
        Key
      </summary>
      <div className="absolute right-0 z-50 mt-1 grid w-[min(22rem,90vw)] gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-lg">
        <div>
          <p className="font-semibold">Practitioners (card colour)</p>
          <ul className="mt-1 space-y-1">
            {practitioners.map((p) => (
              <li key={p.id} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block h-4 w-6 rounded border-l-[5px] border-ink/25"
                  style={{
                    borderLeftColor: p.color,
                    backgroundColor: `color-mix(in srgb, ${p.color} 12%, white)`,
                  }}
                />
                {p.name}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-semibold">Status (mark and word)</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {SHOWN.map((s) => (
              <li key={s}>
                <StatusBadge status={s} />
              </li>
            ))}
          </ul>
          <p className="mt-1 text-muted">A dashed outline: booked online, not yet confirmed.</p>
        </div>
        <ul className="space-y-1">
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-8 rounded border border-sand-300"
              style={HATCH_STYLE}
            />
            Time off (with its reason)
          </li>
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-8 rounded border border-sand-300"
              style={CLOSED_STYLE}
            />
            Clinic closed (with its reason)
          </li>
        </ul>
        <p className="text-muted">
          Click an empty time to book it; drag a card to move it, or open it and choose Move….
        </p>
      </div>
    </details>
  );
}
