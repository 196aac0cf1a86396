import 'server-only';
import {
  AvailabilityQueryError,
  getAvailability,
  openTimeViews,
  type GetAvailabilityInput,
  type OpenTimesQuery,
} from '@/lib/appointments/open-times';
import type { ClosureView, SlotView } from '@/lib/appointments/views/types';
import {
  addDays,
  addMonths,
  clinicDate,
  firstOfMonth,
  lastOfMonth,
  monthOf,
} from '@/lib/time/calendar';

export interface MonthAvailability {
  month: string;
  today: string;
  timeZone: string;
  slots: SlotView[];
  /** Clinic closures over the month, with the reason patients see on a closed day. */
  closures: ClosureView[];
  prevMonth: string | null;
  nextMonth: string | null;
}

/** Open times and closures for clinic-local dates [from, to] (both included). */
export type MonthSearch = (
  from: string,
  to: string,
) => Promise<{ slots: SlotView[]; closures: ClosureView[] } | null>;

/**
 * Open times, or none when the question itself is refused (a hand-edited date, a practitioner who
 * stopped offering the therapy): the page then offers other days or the phone instead of an error.
 */
export async function safeAvailability(input: GetAvailabilityInput, timeZone: string) {
  try {
    return await getAvailability(input);
  } catch (error) {
    if (!(error instanceof AvailabilityQueryError)) throw error;
    return { timeZone, slots: [], closures: [] };
  }
}

/** The patient search for the month picker: the public open times, by service slug. */
export function patientSearch(input: Omit<GetAvailabilityInput, 'from' | 'to'>): MonthSearch {
  return (from, to) => getAvailability({ ...input, from, to });
}

/**
 * The staff search for the month picker: the same open times without the patients' minimum notice
 * (the patient is on the line); null when the practitioner does not offer the service.
 */
export function staffSearch(q: Omit<OpenTimesQuery, 'from' | 'to' | 'minimumNotice'>): MonthSearch {
  return (from, to) => openTimeViews({ ...q, from, to, minimumNotice: false });
}

/**
 * The month a picker shows (the booking flow, the manage page, the staff calendar): the requested
 * month, else the chosen date's, else this month, moving on to next month when nothing is left in
 * this one. Months outside today … today + booking horizon are clamped, so a hand-edited link
 * can't ask for years of slots. Null when the search refuses (a practitioner who does not offer it).
 */
export async function loadMonthAvailability(input: {
  search: MonthSearch;
  timeZone: string;
  horizonDays: number;
  month?: string;
  date?: string;
  now?: Date;
}): Promise<MonthAvailability | null> {
  const now = input.now ?? new Date();
  const today = clinicDate(now, input.timeZone);
  const lastDay = addDays(today, input.horizonDays);
  const firstMonth = monthOf(today);
  const lastMonth = monthOf(lastDay);
  const clamp = (m: string) => (m < firstMonth ? firstMonth : m > lastMonth ? lastMonth : m);

  const fetchMonth = (month: string) => {
    const from = firstOfMonth(month) < today ? today : firstOfMonth(month);
    const to = lastOfMonth(month) > lastDay ? lastDay : lastOfMonth(month);
    return input.search(from, to);
  };

  let month = clamp(input.month ?? monthOf(input.date ?? today));
  let view = await fetchMonth(month);
  if (!view) return null;
  if (!input.month && !input.date && view.slots.length === 0 && month < lastMonth) {
    month = addMonths(month, 1);
    view = await fetchMonth(month);
    if (!view) return null;
  }
  return {
    month,
    today,
    timeZone: input.timeZone,
    slots: view.slots,
    closures: view.closures,
    prevMonth: month > firstMonth ? addMonths(month, -1) : null,
    nextMonth: month < lastMonth ? addMonths(month, 1) : null,
  };
}

/** Whether `start` is still one of the open times (same instant, any offset spelling). */
export function findSlot(slots: readonly SlotView[], start: string): SlotView | undefined {
  const ms = Date.parse(start);
  return slots.find((s) => Date.parse(s.start) === ms);
}
