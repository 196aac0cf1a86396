'use client';

import { useDroppable } from '@dnd-kit/core';
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { GridColumn } from '@/lib/appointments/views/schedule-columns';
import { minuteLabel } from '@/lib/appointments/views/slot-check';

/**
 * A column's body: where cards are dropped, and where a click on an empty time opens the
 * new-appointment panel at that time (snapped to the clinic's start-time step). Keyboard users
 * reach the same panel with the column heading's "+" button.
 */
export function DropColumn({
  column,
  height,
  startMin,
  pxPerMin,
  step,
  onEmpty,
  children,
}: {
  column: GridColumn;
  height: number;
  startMin: number;
  pxPerMin: number;
  step: number;
  onEmpty: (minute: number) => void;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.key, data: { column } });
  const [hover, setHover] = useState<number | null>(null);
  const minuteAt = (e: MouseEvent<HTMLDivElement>) => {
    const y = e.clientY - e.currentTarget.getBoundingClientRect().top;
    return startMin + Math.floor(y / pxPerMin / step) * step;
  };
  const onCard = (e: MouseEvent) => (e.target as HTMLElement).closest('[data-card]') !== null;
  return (
    <div
      ref={setNodeRef}
      data-testid={`column-${column.key}`}
      data-start-min={startMin}
      className={`relative cursor-cell bg-sand-100 ${isOver ? 'outline-2 -outline-offset-2 outline-brand-700' : ''}`}
      style={{ height }}
      onClick={(e) => {
        if (!onCard(e)) onEmpty(minuteAt(e));
      }}
      onMouseMove={(e) => setHover(onCard(e) ? null : minuteAt(e))}
      onMouseLeave={() => setHover(null)}
    >
      {children}
      {hover !== null && !isOver ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0.5 z-[6] rounded border border-dashed border-brand-700 bg-brand-50/80 px-1 text-xs font-semibold text-brand-900"
          style={{ top: (hover - startMin) * pxPerMin, height: step * pxPerMin }}
        >
          + {minuteLabel(hover)}
        </div>
      ) : null}
    </div>
  );
}
