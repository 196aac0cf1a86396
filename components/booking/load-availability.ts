import 'server-only';
import {
  AvailabilityQueryError,
  getAvailability,
  type GetAvailabilityInput,
} from '@/lib/booking/availability';
import type { SlotView } from '@/lib/booking/types';
import { addDays, addMonths, firstOfMonth, lastOfMonth, monthOf, todayIn } from './calendar-math';

export interface MonthAvailability {
  month: string;
  today: string;
  timeZone: string;
  slots: SlotView[];
  prevMonth: string | null;
  nextMonth: string | null;
}

/**
 * Open times, or none when the question itself is refused (a hand-edited date, a practitioner who
 * stopped offering the therapy): the page then offers other days or the phone instead of an error.
 */
export async function safeAvailability(input: GetAvailabilityInput, timeZone: string) {
  try {
    return await getAvailability(input);
  } catch (error) {
    if (!(error instanceof AvailabilityQueryError)) throw error;
    return { timeZone, slots: [] };
  }
}

/**
 * Open times for the month the calendar shows: the requested month, else the chosen date's, else
 * this month, moving on to next month when nothing is left in this one. Months outside today …
 * today + booking horizon are clamped, so a hand-edited link can't ask for years of slots.
 */
export async function loadMonthAvailability(input: {
  serviceSlug: string;
  practitionerId: string | null;
  timeZone: string;
  horizonDays: number;
  month?: string;
  date?: string;
  now?: Date;
}): Promise<MonthAvailability> {
  const now = input.now ?? new Date();
  const today = todayIn(input.timeZone, now);
  const lastDay = addDays(today, input.horizonDays);
  const firstMonth = monthOf(today);
  const lastMonth = monthOf(lastDay);
  const clamp = (m: string) => (m < firstMonth ? firstMonth : m > lastMonth ? lastMonth : m);

  const fetchMonth = async (month: string) => {
    const from = firstOfMonth(month) < today ? today : firstOfMonth(month);
    const to = lastOfMonth(month) > lastDay ? lastDay : lastOfMonth(month);
    return getAvailability({
      serviceSlug: input.serviceSlug,
      practitionerId: input.practitionerId,
      from,
      to,
      now,
    });
  };

  let month = clamp(input.month ?? monthOf(input.date ?? today));
  let view = await fetchMonth(month);
  if (!input.month && !input.date && view.slots.length === 0 && month < lastMonth) {
    month = addMonths(month, 1);
    view = await fetchMonth(month);
  }
  return {
    month,
    today,
    timeZone: view.timeZone,
    slots: view.slots,
    prevMonth: month > firstMonth ? addMonths(month, -1) : null,
    nextMonth: month < lastMonth ? addMonths(month, 1) : null,
  };
}

/** Whether `start` is still one of the open times (same instant, any offset spelling). */
export function findSlot(slots: readonly SlotView[], start: string): SlotView | undefined {
  const ms = Date.parse(start);
  return slots.find((s) => Date.parse(s.start) === ms);
}
