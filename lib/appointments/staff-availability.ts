import 'server-only';
import type { MonthAvailability } from '@/components/booking/load-availability';
import {
  addDays,
  addMonths,
  firstOfMonth,
  lastOfMonth,
  monthOf,
} from '@/components/booking/calendar-math';
import { loadSchedules, type BookableService, type ClinicPolicy } from '@/db/queries/availability';
import { availableSlots, firstAvailableSlots, type Slot } from '@/lib/availability';
import { enginePolicy, toSlotViews } from '@/lib/booking/availability';
import { clinicDate, clinicDateWindow } from '@/lib/booking/clinic-time';
import type { SlotView } from '@/lib/booking/types';

/**
 * Staff book with the patient on the phone or at the desk, so the patient-facing minimum notice
 * does not apply to them: any start from now on is offered. Everything else (working hours, time
 * off, buffers, the step grid, the horizon) is the patients' policy, applied by the same engine.
 */
export function staffPolicy(policy: ClinicPolicy): ClinicPolicy {
  return { ...policy, minNoticeMinutes: 0 };
}

export interface StaffSlotsQuery {
  service: BookableService;
  /** The clinic policy as stored; staffPolicy is applied here. */
  policy: ClinicPolicy;
  /** One practitioner, or null for "first available". */
  practitionerId: string | null;
  from: string;
  to: string;
  now: Date;
  /** An appointment being moved does not block the times around it. */
  excludeAppointmentId?: string;
}

/** Open starts from fresh rows; null when a named practitioner does not offer the service. */
export async function staffOpenSlots(q: StaffSlotsQuery): Promise<Slot[] | null> {
  const policy = staffPolicy(q.policy);
  const today = clinicDate(q.now, policy.timeZone);
  const lastDate = addDays(today, policy.bookingHorizonDays);
  const from = q.from < today ? today : q.from;
  const to = q.to > lastDate ? lastDate : q.to;
  const schedules = await loadSchedules({
    service: { id: q.service.id },
    practitionerId: q.practitionerId,
    window: clinicDateWindow(from, to < from ? from : to, policy.timeZone),
    excludeAppointmentId: q.excludeAppointmentId,
  });
  if (q.practitionerId && schedules.length === 0) return null;
  if (to < from) return [];
  const common = { service: q.service, policy: enginePolicy(policy), now: q.now, from, to };
  if (!q.practitionerId) return firstAvailableSlots({ ...common, practitioners: schedules });
  return schedules[0] ? availableSlots({ ...common, practitioner: schedules[0] }) : [];
}

/**
 * The month the staff calendar shows (the booking flow's SlotPicker data shape): the asked month,
 * else the chosen date's, else this one, clamped to today … today + horizon.
 */
export async function loadStaffMonth(
  q: Omit<StaffSlotsQuery, 'from' | 'to'> & { month?: string; date?: string },
): Promise<MonthAvailability | null> {
  const { timeZone, bookingHorizonDays } = q.policy;
  const today = clinicDate(q.now, timeZone);
  const lastDay = addDays(today, bookingHorizonDays);
  const [firstMonth, lastMonth] = [monthOf(today), monthOf(lastDay)];
  const wanted = q.month ?? monthOf(q.date ?? today);
  const month = wanted < firstMonth ? firstMonth : wanted > lastMonth ? lastMonth : wanted;
  const from = firstOfMonth(month) < today ? today : firstOfMonth(month);
  const to = lastOfMonth(month) > lastDay ? lastDay : lastOfMonth(month);
  const slots = await staffOpenSlots({ ...q, from, to });
  if (!slots) return null;
  return {
    month,
    today,
    timeZone,
    slots: toSlotViews(slots, timeZone),
    prevMonth: month > firstMonth ? addMonths(month, -1) : null,
    nextMonth: month < lastMonth ? addMonths(month, 1) : null,
  };
}

const WANTED = 6;

/** The next open times after `after` for the same choice: offered when a time was just taken. */
export async function nextOpenTimes(
  q: Omit<StaffSlotsQuery, 'from' | 'to'> & { after: Date },
): Promise<SlotView[]> {
  const start = clinicDate(q.after > q.now ? q.after : q.now, q.policy.timeZone);
  const found: Slot[] = [];
  for (const [fromOffset, toOffset] of [
    [0, 13],
    [14, 61],
  ] as const) {
    const slots = await staffOpenSlots({
      ...q,
      from: addDays(start, fromOffset),
      to: addDays(start, toOffset),
    });
    for (const slot of slots ?? []) {
      if (slot.start > q.after && found.length < WANTED) found.push(slot);
    }
    if (found.length >= WANTED) break;
  }
  return toSlotViews(found, q.policy.timeZone);
}
