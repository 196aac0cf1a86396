'use client';

import {
  DndContext,
  pointerWithin,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import {
  precheck,
  type BoardContext,
  type SlotChoice,
} from '@/components/staff/schedule/board-context';
import { PX_PER_MIN, ScheduleGrid } from '@/components/staff/schedule/schedule-grid';
import { scheduleHref } from '@/components/staff/schedule/schedule-href';
import type { GridAppointment, GridColumn } from '@/lib/appointments/views/schedule-columns';
import { clinicNow } from '@/lib/appointments/views/slot-check';
import { BookDialog, type BookPrefill } from './book-dialog';
import { CardActions } from './card-actions';
import { MoveDialog } from './move-dialog';

type Open =
  | { kind: 'actions'; a: GridAppointment; column: GridColumn }
  | { kind: 'move'; a: GridAppointment; from: SlotChoice; to: SlotChoice }
  | { kind: 'book'; prefill: BookPrefill };

type Notice = { tone: 'ok' | 'refused'; text: string; href?: string };

const slotOf = (a: GridAppointment, column: GridColumn): SlotChoice => ({
  date: column.date,
  minute: a.startMin,
  practitionerId: column.practitionerId,
});

/**
 * The schedule as a working tool: the grid, plus what happens when staff act on it — drag a card
 * to move it (confirmed, or snapped back with the reason), click an empty time to book, open a
 * card's quick actions. Every change goes through the appointment lifecycle's actions; after one,
 * the page's data is read again from the server.
 */
export function ScheduleBoard({
  ctx,
  label,
  view,
  minColumn,
  compact = false,
  caller,
}: {
  ctx: BoardContext;
  label: string;
  view: 'day' | 'week';
  minColumn?: string;
  compact?: boolean;
  /** "Book this caller" from the call-back inbox opens the panel at once. */
  caller?: BookPrefill['caller'];
}) {
  const [open, setOpen] = useState<Open | null>(() =>
    caller ? { kind: 'book', prefill: { slot: defaultSlot(ctx, null), caller } } : null,
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A small movement before a drag starts, so a click still opens the card's actions.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  useEffect(() => {
    if (notice?.tone === 'refused') noticeRef.current?.focus();
  }, [notice]);

  const done = (text: string, href?: string) => {
    setOpen(null);
    setNotice({ tone: 'ok', text, href });
  };

  const onDragEnd = ({ active, over, delta }: DragEndEvent) => {
    const a = (active.data.current as { appointment?: GridAppointment } | undefined)?.appointment;
    const target = (over?.data.current as { column?: GridColumn } | undefined)?.column;
    const source = ctx.columns.find((c) => c.appointments.some((x) => x.id === a?.id));
    if (!a || !target || !source) return;
    const minute = Math.round((a.startMin + delta.y / PX_PER_MIN) / ctx.step) * ctx.step;
    const to = { date: target.date, minute, practitionerId: target.practitionerId };
    const from = slotOf(a, source);
    if (
      to.date === from.date &&
      to.minute === from.minute &&
      to.practitionerId === from.practitionerId
    )
      return;
    const service = ctx.services.find((s) => s.slug === a.serviceSlug);
    const refusal = precheck(ctx, to, service, a.id, a.endMin - a.startMin);
    if (refusal) {
      // Nothing moved: the card is already back in its place; say why.
      setNotice({ tone: 'refused', text: `${a.patientName} was not moved. ${refusal}` });
      return;
    }
    setNotice(null);
    setOpen({ kind: 'move', a, from, to });
  };

  const columnHref =
    view === 'day'
      ? (c: GridColumn) =>
          scheduleHref({ view: 'week', date: c.date, practitioner: c.practitionerId })
      : undefined;

  return (
    <>
      {/* A toast over the page's foot: the grid doesn't jump when a message appears. While it
          shows, focus scrolled into view stops above it (scroll-padding, app/globals.css). */}
      <div
        ref={noticeRef}
        data-toast
        tabIndex={-1}
        aria-live="polite"
        className="fixed inset-x-3 bottom-4 z-40 mx-auto max-w-xl outline-none empty:hidden"
      >
        {notice ? (
          <div
            role={notice.tone === 'refused' ? 'alert' : 'status'}
            className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border p-3 font-medium shadow-lg ${
              notice.tone === 'refused'
                ? 'border-clay-100 bg-clay-50 text-clay-800'
                : 'border-brand-200 bg-brand-50 text-brand-900'
            }`}
          >
            <p className="min-w-0 flex-1">{notice.text}</p>
            {notice.href ? (
              <Link href={notice.href} prefetch={false} className="font-semibold text-brand-800">
                Open the appointment
              </Link>
            ) : null}
            <button
              type="button"
              onClick={() => setNotice(null)}
              className="min-h-10 cursor-pointer rounded-full px-2 font-semibold underline"
            >
              Dismiss
            </button>
          </div>
        ) : null}
      </div>
      {/* The column under the pointer takes the drop, as in any calendar. */}
      <DndContext
        sensors={sensors}
        collisionDetection={pointerWithin}
        onDragEnd={onDragEnd}
        accessibility={{ restoreFocus: true }}
      >
        <ScheduleGrid
          columns={ctx.columns}
          range={ctx.range}
          timeZone={ctx.timeZone}
          today={ctx.today}
          label={label}
          step={ctx.step}
          minColumn={minColumn}
          compact={compact}
          columnHref={columnHref}
          actions={{
            onEmpty: (column, minute) =>
              setOpen({
                kind: 'book',
                prefill: { slot: defaultSlot(ctx, column, minute) },
              }),
            onOpen: (a, column) => setOpen({ kind: 'actions', a, column }),
          }}
        />
      </DndContext>
      {open?.kind === 'actions' ? (
        <CardActions
          appointment={open.a}
          practitionerName={open.column.practitionerName}
          onClose={() => setOpen(null)}
          onDone={done}
          onMove={() => {
            const from = slotOf(open.a, open.column);
            setOpen({ kind: 'move', a: open.a, from, to: from });
          }}
          onBookAgain={() =>
            setOpen({
              kind: 'book',
              prefill: {
                slot: defaultSlot(ctx, open.column, null),
                service: open.a.serviceSlug,
                patient: {
                  id: open.a.patientId,
                  name: open.a.patientName,
                  email: open.a.patientEmail,
                  phone: open.a.patientPhone,
                },
              },
            })
          }
        />
      ) : null}
      {open?.kind === 'move' ? (
        <MoveDialog
          ctx={ctx}
          appointment={open.a}
          from={open.from}
          initial={open.to}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      ) : null}
      {open?.kind === 'book' ? (
        <BookDialog ctx={ctx} prefill={open.prefill} onClose={() => setOpen(null)} onDone={done} />
      ) : null}
    </>
  );
}

/** Where a new booking starts: the clicked time, else the column's first working hour (or now). */
function defaultSlot(
  ctx: BoardContext,
  column: GridColumn | null,
  minute: number | null = null,
): SlotChoice {
  const c = column ?? ctx.columns.find((x) => x.date === ctx.today) ?? ctx.columns[0];
  const now = clinicNow(ctx.timeZone);
  let m = minute ?? c?.working[0]?.startMin ?? ctx.range.startMin;
  if (minute === null && c?.date === now.date && m < now.minute)
    m = Math.ceil(now.minute / ctx.step) * ctx.step;
  return {
    date: c?.date ?? ctx.today,
    minute: m,
    practitionerId: c?.practitionerId ?? ctx.practitioners[0]?.id ?? '',
  };
}
