import Link from 'next/link';
import type { GridAppointment, GridColumn, GridTimeOff } from '@/lib/appointments/schedule-view';
import { STATUS_LABELS } from '@/lib/appointments/status';
import { NowLine } from './now-line';
import { HATCH_STYLE, STATUS_BLOCK } from './status-style';

export const PX_PER_MIN = 1.5;

const hourLabel = (minute: number) => {
  const h = Math.floor(minute / 60) % 24;
  return `${h % 12 === 0 ? 12 : h % 12} ${h < 12 ? 'am' : 'pm'}`;
};

/**
 * A time grid: one column per practitioner (day view) or per day (week view). Blocks are placed
 * by clinic wall-clock time; each column is also a plain ordered list for screen readers and
 * keyboard users, who tab through appointments in time order.
 */
export function ScheduleGrid({
  columns,
  range,
  timeZone,
  today,
  label,
  minColumn = '11rem',
  columnHref,
}: {
  columns: GridColumn[];
  range: { startMin: number; endMin: number };
  timeZone: string;
  today: string;
  label: string;
  /** Narrower in week view, so seven days fit a laptop screen. */
  minColumn?: string;
  /** Where a column's heading leads (the day view links each practitioner to their week). */
  columnHref?: (column: GridColumn) => string;
}) {
  const height = (range.endMin - range.startMin) * PX_PER_MIN;
  const hours: number[] = [];
  for (let m = range.startMin; m < range.endMin; m += 60) hours.push(m);
  const top = (minute: number) => (Math.max(minute, range.startMin) - range.startMin) * PX_PER_MIN;
  const span = (a: { startMin: number; endMin: number }) =>
    Math.max(top(Math.min(a.endMin, range.endMin)) - top(a.startMin), 18);

  return (
    <div
      className="overflow-x-auto rounded-xl border border-sand-200 bg-white"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <div
        className="grid min-w-max"
        style={{
          gridTemplateColumns: `3.75rem repeat(${columns.length}, minmax(${minColumn}, 1fr))`,
        }}
      >
        <div aria-hidden="true" className="border-r border-sand-200">
          <div className="h-12 border-b border-sand-200" />
          <div className="relative" style={{ height }}>
            {hours.map((m) => (
              <span
                key={m}
                className="absolute right-2 -translate-y-1/2 text-xs text-muted first:translate-y-0"
                style={{ top: top(m) }}
              >
                {hourLabel(m)}
              </span>
            ))}
          </div>
        </div>
        {columns.map((column) => {
          const headingId = `col-${column.key}`;
          return (
            <section
              key={column.key}
              aria-labelledby={headingId}
              className="border-r border-sand-200 last:border-r-0"
            >
              <h2
                id={headingId}
                className="flex h-12 items-center gap-2 border-b border-sand-200 px-3 font-sans text-[0.95rem] font-semibold text-ink"
              >
                {column.color ? (
                  <span
                    aria-hidden="true"
                    className="size-3 shrink-0 rounded-full"
                    style={{ backgroundColor: column.color }}
                  />
                ) : null}
                {columnHref ? (
                  <Link
                    href={columnHref(column)}
                    prefetch={false}
                    className="truncate text-ink"
                    title={`${column.title}: week view`}
                  >
                    {column.title}
                  </Link>
                ) : (
                  <span className="truncate">{column.title}</span>
                )}
                {column.date === today && !column.color ? (
                  <span className="text-xs font-normal text-clay-800">Today</span>
                ) : null}
              </h2>
              <div className="relative bg-sand-100" style={{ height }}>
                {column.working.map((w) => (
                  <div
                    key={w.startMin}
                    aria-hidden="true"
                    className="absolute inset-x-0 bg-white"
                    style={{ top: top(w.startMin), height: span(w) }}
                  />
                ))}
                <div
                  aria-hidden="true"
                  className="pointer-events-none absolute inset-0"
                  style={{
                    backgroundImage: `repeating-linear-gradient(to bottom, var(--color-sand-200) 0 1px, transparent 1px ${60 * PX_PER_MIN}px)`,
                  }}
                />
                {column.working.length === 0 && column.appointments.length === 0 ? (
                  <p className="absolute inset-x-0 top-4 px-3 text-center text-sm text-muted">
                    Not working
                  </p>
                ) : null}
                <ol className="contents">
                  {column.timeOff.map((t) => (
                    <TimeOffBlock
                      key={t.id}
                      block={t}
                      style={{ top: top(t.startMin), height: span(t) }}
                    />
                  ))}
                  {column.appointments.map((a) => (
                    <AppointmentBlock
                      key={a.id}
                      block={a}
                      style={{ top: top(a.startMin), height: span(a) }}
                    />
                  ))}
                </ol>
                {column.date === today ? (
                  <NowLine
                    date={column.date}
                    timeZone={timeZone}
                    startMin={range.startMin}
                    endMin={range.endMin}
                    pxPerMin={PX_PER_MIN}
                  />
                ) : null}
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}

function AppointmentBlock({
  block,
  style,
}: {
  block: GridAppointment;
  style: { top: number; height: number };
}) {
  return (
    <li className="absolute inset-x-1 z-10 focus-within:z-30" style={style}>
      <Link
        href={`/dashboard/appointments/${block.id}`}
        prefetch={false}
        className={`block h-full overflow-hidden rounded-md border border-l-4 px-2 py-1 text-xs leading-tight text-ink no-underline shadow-sm hover:brightness-95 ${STATUS_BLOCK[block.status]}`}
      >
        <span className="block truncate font-semibold">
          <span aria-hidden="true">{block.startLabel}</span>
          <span className="sr-only">{block.timeLabel},</span> {block.patientName}
        </span>
        <span className="mt-0.5 flex items-center gap-1.5 truncate">
          <span
            aria-hidden="true"
            className="rounded border border-ink/30 bg-white px-1 font-mono text-[0.65rem] font-semibold"
          >
            {block.serviceCode}
          </span>
          <span className="sr-only">{block.serviceName},</span>
          <span className={block.status === 'no_show' ? 'font-semibold text-rose-900' : ''}>
            {STATUS_LABELS[block.status]}
          </span>
        </span>
      </Link>
    </li>
  );
}

function TimeOffBlock({
  block,
  style,
}: {
  block: GridTimeOff;
  style: { top: number; height: number };
}) {
  return (
    <li
      className="absolute inset-x-0 z-[5] overflow-hidden border-y border-sand-300 px-2 py-1 text-xs leading-tight text-ink"
      style={{ ...style, ...HATCH_STYLE }}
    >
      <span className="rounded bg-white/90 px-1 font-semibold">Time off</span>{' '}
      <span className="rounded bg-white/90 px-1">
        {block.timeLabel}
        {block.reason ? ` · ${block.reason}` : ''}
      </span>
    </li>
  );
}
