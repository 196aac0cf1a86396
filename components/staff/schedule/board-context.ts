import type { GridColumn } from '@/lib/appointments/views/schedule-columns';
import { clinicNow, slotRefusal } from '@/lib/appointments/views/slot-check';

/** What the schedule's panels know of the clinic: the loaded columns, the team, the therapies. */
export interface BoardContext {
  timeZone: string;
  step: number;
  today: string;
  range: { startMin: number; endMin: number };
  columns: GridColumn[];
  practitioners: Array<{ id: string; name: string }>;
  services: Array<{
    slug: string;
    name: string;
    durationMinutes: number;
    practitionerIds: string[];
  }>;
}

export interface SlotChoice {
  date: string;
  minute: number;
  practitionerId: string;
}

/**
 * The grid's first answer for a time (null: looks open), when the day is on screen; the
 * therapy-not-offered answer whatever the day. The server's answer decides.
 */
export function precheck(
  ctx: BoardContext,
  choice: SlotChoice,
  service: BoardContext['services'][number] | undefined,
  movingId?: string,
  durationMin = service?.durationMinutes ?? 30,
): string | null {
  const name = ctx.practitioners.find((p) => p.id === choice.practitionerId)?.name ?? '';
  if (service && !service.practitionerIds.includes(choice.practitionerId))
    return `${name} does not offer ${service.name}.`;
  const column = ctx.columns.find(
    (c) => c.date === choice.date && c.practitionerId === choice.practitionerId,
  );
  const now = clinicNow(ctx.timeZone);
  if (!column) return choice.date < now.date ? 'That time has already passed.' : null;
  return slotRefusal({
    column,
    startMin: choice.minute,
    durationMin,
    movingId,
    nowMin: choice.date === now.date ? now.minute : null,
    pastDay: choice.date < now.date,
  });
}

/** Start times for the time pickers: every step across the hours the grid shows. */
export function timeOptions(ctx: BoardContext): number[] {
  const out: number[] = [];
  for (let m = ctx.range.startMin; m < ctx.range.endMin; m += ctx.step) out.push(m);
  return out;
}
