'use client';

import { useDraggable } from '@dnd-kit/core';
import type { GridAppointment } from '@/lib/appointments/views/schedule-columns';
import { STATUS_LABELS } from '@/lib/appointments/status-table';
import { ScreeningMark, SCREENING_LABEL } from './screening-mark';
import { STATUS_MARK } from './status-style';

/**
 * One appointment on the grid: a button that opens its quick actions, and (when it may move) a
 * drag handle for the whole card. The practitioner's colour is the edge and a light tint; the
 * status is a mark and a word, and a booked-but-unconfirmed visit has a dashed outline.
 */
export function AppointmentCard({
  block,
  color,
  compact,
  style,
  onOpen,
}: {
  block: GridAppointment;
  color: string;
  compact: boolean;
  style: { top: number; height: number };
  onOpen: () => void;
}) {
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({
    id: block.id,
    data: { appointment: block },
    disabled: !block.can.move,
  });
  const status = STATUS_LABELS[block.status];
  const moved = transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined;
  return (
    <li
      className={`absolute inset-x-0.5 ${isDragging ? 'z-40' : 'z-10'} focus-within:z-30`}
      style={{ ...style, transform: moved }}
      data-card
    >
      <button
        ref={setNodeRef}
        type="button"
        {...listeners}
        onClick={onOpen}
        aria-haspopup="dialog"
        title={`${block.timeLabel} · ${block.patientName} · ${block.serviceName} · ${status}${block.screening ? ` · ${SCREENING_LABEL}` : ''}`}
        className={`block h-full w-full cursor-pointer overflow-hidden rounded-md border text-left leading-tight text-ink shadow-sm hover:brightness-95 ${compact ? 'border-l-[3px] px-0.5 py-0.5 text-[0.6875rem]' : 'border-l-[5px] px-1.5 py-0.5 text-xs'} ${
          block.status === 'booked' ? 'border-dashed border-ink/60' : 'border-ink/25'
        } ${block.can.move ? 'touch-none active:cursor-grabbing' : ''} ${isDragging ? 'opacity-90 shadow-lg ring-2 ring-brand-700' : ''}`}
        style={{
          borderLeftColor: color,
          borderLeftStyle: 'solid',
          backgroundColor: `color-mix(in srgb, ${color} 12%, white)`,
        }}
      >
        {/* One sentence for screen readers; the visible lines are its short form. */}
        <span className="sr-only">
          {`${block.timeLabel}, ${block.patientName}, ${status}, ${block.serviceName}${block.screening ? `, ${SCREENING_LABEL}` : ''}. Actions`}
        </span>
        <span aria-hidden="true" className="block">
          {/* The screening mark sits on the first line: a half-hour card has room for two. */}
          <span className="flex items-center gap-1">
            <span className="truncate font-semibold">
              {compact ? firstName(block.patientName) : `${block.startLabel} ${block.patientName}`}
            </span>
            {block.screening ? <ScreeningMark compact={compact} /> : null}
          </span>
          <span className="flex items-center gap-1 truncate">
            <span
              className={`shrink-0 font-semibold ${block.status === 'no_show' ? 'text-rose-900' : ''}`}
            >
              {STATUS_MARK[block.status]}
              {compact ? '' : ` ${status}`}
            </span>
            {/* A narrow column (the team week) has room for the therapy's short name only. */}
            <span className="truncate">
              {compact ? block.serviceShort : `· ${block.serviceName}`}
            </span>
          </span>
        </span>
      </button>
    </li>
  );
}

/** "Taylor" where a column is narrow; the whole name is in the card's sentence and title. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
