'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { formatLocalDate } from '@/lib/time/slot-format';
import type { GridAppointment, GridColumn } from '@/lib/appointments/views/schedule-columns';
import { AppointmentCard } from './appointment-card';
import { BlockedTime } from './blocked-time';
import { DropColumn } from './drop-column';
import { NowLine } from './now-line';

export const PX_PER_MIN = 1.5;

const hourLabel = (minute: number) => {
  const h = Math.floor(minute / 60) % 24;
  return `${h % 12 === 0 ? 12 : h % 12} ${h < 12 ? 'am' : 'pm'}`;
};

export interface GridActions {
  /** An empty time was clicked (or a column's "+" pressed: minute null). */
  onEmpty: (column: GridColumn, minute: number | null) => void;
  /** A card was chosen: its quick actions. */
  onOpen: (a: GridAppointment, column: GridColumn) => void;
}

/**
 * A time grid: one column per practitioner (day), per day (one practitioner's week) or per
 * practitioner within each day (the team's week). Cards carry the practitioner's colour and their
 * status as a mark and a word; each column is an ordered list in time order for screen readers
 * and keyboard users. Dragging is wired by the DndContext around it (the schedule board).
 */
export function ScheduleGrid({
  columns,
  range,
  timeZone,
  today,
  label,
  step,
  minColumn = '11rem',
  compact = false,
  columnHref,
  actions,
}: {
  columns: GridColumn[];
  range: { startMin: number; endMin: number };
  timeZone: string;
  today: string;
  label: string;
  step: number;
  /** Narrower in week views, so a week fits a laptop screen. */
  minColumn?: string;
  /** Very narrow columns (the team's week): short therapy names, no time on the card. */
  compact?: boolean;
  columnHref?: (column: GridColumn) => string;
  actions: GridActions;
}) {
  const height = (range.endMin - range.startMin) * PX_PER_MIN;
  const hours: number[] = [];
  for (let m = range.startMin; m < range.endMin; m += 60) hours.push(m);
  const top = (minute: number) => (Math.max(minute, range.startMin) - range.startMin) * PX_PER_MIN;
  const span = (a: { startMin: number; endMin: number }) =>
    Math.max(top(Math.min(a.endMin, range.endMin)) - top(a.startMin), 18);
  const groups = groupsOf(columns);

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
          gridTemplateColumns: `3.25rem repeat(${columns.length}, minmax(${minColumn}, 1fr))`,
        }}
      >
        {groups ? (
          <>
            <div aria-hidden="true" className="border-r border-b border-sand-200" />
            {groups.map((g) => (
              <div
                key={g.key}
                aria-hidden="true"
                style={{ gridColumn: `span ${g.count}` }}
                className={`border-r border-b border-sand-300 px-2 py-1 text-center text-sm font-semibold ${g.date === today ? 'bg-clay-50 text-clay-800' : 'text-ink'}`}
              >
                {g.title}
                {g.date === today ? ' · today' : ''}
              </div>
            ))}
          </>
        ) : null}
        <div aria-hidden="true" className="border-r border-sand-200">
          <div className={`${compact ? 'h-9' : 'h-11'} border-b border-sand-200`} />
          <div className="relative" style={{ height }}>
            {hours.map((m) => (
              <span
                key={m}
                className="absolute right-1.5 -translate-y-1/2 text-xs text-muted first:translate-y-0"
                style={{ top: top(m) }}
              >
                {hourLabel(m)}
              </span>
            ))}
          </div>
        </div>
        {columns.map((column) => (
          <section
            key={column.key}
            aria-labelledby={`col-${column.key}`}
            className="border-r border-sand-200 last:border-r-0"
          >
            <ColumnHeading
              column={column}
              today={today}
              compact={compact}
              href={columnHref?.(column)}
              onAdd={() => actions.onEmpty(column, null)}
            />
            <DropColumn
              column={column}
              height={height}
              startMin={range.startMin}
              pxPerMin={PX_PER_MIN}
              step={step}
              onEmpty={(minute) => actions.onEmpty(column, minute)}
            >
              {column.working.map((w) => (
                <div
                  key={w.startMin}
                  aria-hidden="true"
                  className="pointer-events-none absolute inset-x-0 bg-white"
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
              {column.working.length === 0 &&
              column.appointments.length === 0 &&
              column.closures.length === 0 ? (
                <p className="pointer-events-none absolute inset-x-0 top-4 px-2 text-center text-sm text-muted">
                  {compact ? 'Off' : 'Not working'}
                </p>
              ) : null}
              <ol className="contents">
                {column.closures.map((t) => (
                  <BlockedTime
                    key={t.id}
                    kind="closure"
                    block={t}
                    compact={compact}
                    style={{ top: top(t.startMin), height: span(t) }}
                  />
                ))}
                {column.timeOff.map((t) => (
                  <BlockedTime
                    key={t.id}
                    kind="time_off"
                    block={t}
                    compact={compact}
                    style={{ top: top(t.startMin), height: span(t) }}
                  />
                ))}
                {column.appointments.map((a) => (
                  <AppointmentCard
                    key={a.id}
                    block={a}
                    color={column.color}
                    compact={compact}
                    style={{ top: top(a.startMin), height: span(a) }}
                    onOpen={() => actions.onOpen(a, column)}
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
            </DropColumn>
          </section>
        ))}
      </div>
    </div>
  );
}

function groupsOf(columns: GridColumn[]) {
  if (!columns.some((c) => c.group)) return null;
  const out: Array<{ key: string; title: string; date: string; count: number }> = [];
  for (const c of columns) {
    const last = out.at(-1);
    if (last && last.date === c.date) last.count += 1;
    else out.push({ key: c.date, title: c.group ?? c.date, date: c.date, count: 1 });
  }
  return out;
}

function ColumnHeading({
  column,
  today,
  compact,
  href,
  onAdd,
}: {
  column: GridColumn;
  today: string;
  compact: boolean;
  href?: string;
  onAdd: () => void;
}) {
  const when = column.group ? `, ${column.group}` : '';
  let title: ReactNode = (
    <span className="truncate">
      {compact ? initials(column.title) : column.title}
      <span className="sr-only">
        {compact ? ` ${column.title}` : ''}
        {when}
      </span>
    </span>
  );
  if (href)
    title = (
      <Link
        href={href}
        prefetch={false}
        className="truncate text-ink"
        title={`${column.title}: week view`}
      >
        {column.title}
      </Link>
    );
  return (
    <h2
      id={`col-${column.key}`}
      className={`relative flex ${compact ? 'h-9 gap-1 px-1 text-sm' : 'h-11 gap-2 px-2 text-[0.95rem]'} items-center border-b border-sand-200 font-sans font-semibold text-ink`}
      title={column.title}
    >
      <span
        aria-hidden="true"
        className="size-3 shrink-0 rounded-full"
        style={{ backgroundColor: column.color }}
      />
      {title}
      {!column.group && column.date === today && !href ? (
        <span className="text-xs font-normal text-clay-800">Today</span>
      ) : null}
      <AddButton column={column} onAdd={onAdd} compact={compact} />
    </h2>
  );
}

function AddButton({
  column,
  onAdd,
  compact,
}: {
  column: GridColumn;
  onAdd: () => void;
  /** Narrow columns: the button shows itself only when focused (the column is clickable too). */
  compact: boolean;
}) {
  const label = `New appointment with ${column.practitionerName} on ${formatLocalDate(column.date)}`;
  return (
    <button
      type="button"
      onClick={onAdd}
      aria-label={label}
      title={label}
      className={`ml-auto inline-flex size-7 shrink-0 cursor-pointer items-center justify-center rounded-full border border-sand-300 bg-white text-base leading-none text-brand-800 hover:bg-brand-50 ${compact ? 'sr-only focus:not-sr-only focus:absolute focus:z-50' : ''}`}
    >
      +
    </button>
  );
}

const initials = (name: string) =>
  name
    .replace(/^Dr\.?\s+/i, '')
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('');
