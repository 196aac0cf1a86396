/**
 * Display formatting for the public site: prices, durations, clinic-local times, weekdays, phone
 * numbers and the tiny Markdown subset used by service descriptions. Pure functions, no React.
 */

const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** English name of an ISO weekday (1 = Monday … 7 = Sunday). */
export function weekdayName(weekday: number, style: 'long' | 'short' = 'long'): string {
  const name = WEEKDAY_NAMES[weekday - 1];
  if (!name) throw new RangeError(`Not an ISO weekday: ${weekday}`);
  return style === 'long' ? name : name.slice(0, 3);
}

const usdWhole = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** 12000 → "$120", 9950 → "$99.50": cents only when there are some. */
export function formatPrice(priceCents: number): string {
  return priceCents % 100 === 0
    ? usdWhole.format(priceCents / 100)
    : usdCents.format(priceCents / 100);
}

/** 45 → "45 minutes", 60 → "60 minutes", 1 → "1 minute". */
export function formatDuration(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** 60 → "60-minute", for use before a noun ("a 60-minute consultation"). */
export function formatDurationAdjective(minutes: number): string {
  return `${minutes}-minute`;
}

/** A Postgres `time` ('07:30:00') or 'HH:mm' → "7:30 am"; noon is "12:00 pm", midnight "12:00 am". */
export function formatTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  const hours = Number(match[1]);
  if (hours > 23) throw new RangeError(`Not a time of day: ${time}`);
  const period = hours < 12 ? 'am' : 'pm';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${match[2]} ${period}`;
}

/** "7:30 am – 7:00 pm" (en dash with spaces). */
export function formatTimeRange(opensAt: string, closesAt: string): string {
  return `${formatTime(opensAt)} – ${formatTime(closesAt)}`;
}

/** 'HH:mm:ss' → 'HH:mm', the form schema.org's `opens`/`closes` use. */
export function toHourMinute(time: string): string {
  return time.slice(0, 5);
}

export interface OpeningRange {
  opensAt: string;
  closesAt: string;
}

export interface OpeningHoursRow extends OpeningRange {
  weekday: number;
}

export interface DayHours {
  weekday: number;
  /** Empty when the clinic is closed that day. */
  ranges: OpeningRange[];
}

/** All seven days, Monday first, each with its opening ranges in time order. */
export function openingHoursByDay(rows: readonly OpeningHoursRow[]): DayHours[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    ranges: rows
      .filter((r) => r.weekday === weekday)
      .map(({ opensAt, closesAt }) => ({ opensAt, closesAt }))
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt)),
  }));
}

/** "7:30 am – 7:00 pm", "8:00 am – 12:00 pm, 1:00 pm – 5:00 pm" or "Closed". */
export function describeDayHours(day: DayHours): string {
  if (day.ranges.length === 0) return 'Closed';
  return day.ranges.map((r) => formatTimeRange(r.opensAt, r.closesAt)).join(', ');
}

export interface HoursGroup {
  /** e.g. "Mon – Thu" or "Sat" (short names, for compact summaries). */
  days: string;
  hours: string;
}

/** Consecutive days with the same hours collapse into one line: Mon – Thu, Fri, Sat, Sun. */
export function groupOpeningHours(rows: readonly OpeningHoursRow[]): HoursGroup[] {
  const groups: Array<{ from: number; to: number; hours: string }> = [];
  for (const day of openingHoursByDay(rows)) {
    const hours = describeDayHours(day);
    const last = groups.at(-1);
    if (last && last.hours === hours && last.to === day.weekday - 1) last.to = day.weekday;
    else groups.push({ from: day.weekday, to: day.weekday, hours });
  }
  return groups.map(({ from, to, hours }) => ({
    days:
      from === to
        ? weekdayName(from, 'short')
        : `${weekdayName(from, 'short')} – ${weekdayName(to, 'short')}`,
    hours,
  }));
}

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * [1, 2, 3, 5, 6] → "Monday to Wednesday, Friday and Saturday". Runs of three or more days become
 * a range; duplicates and order in the input don't matter.
 */
export function describeWeekdays(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
    const first = days[i] ?? 0;
    const last = days[j] ?? 0;
    if (j - i >= 2) parts.push(`${weekdayName(first)} to ${weekdayName(last)}`);
    else for (let k = i; k <= j; k++) parts.push(weekdayName(days[k] ?? 0));
    i = j + 1;
  }
  return joinWithAnd(parts);
}

/** Digits of a phone number with a leading + kept: "+1 503-555-0147" → "+15035550147". */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** North American numbers as "(503) 555-0147"; anything else is shown as stored. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length !== 10) return phone.trim();
  return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
}

export type MarkdownBlock = { type: 'heading'; text: string } | { type: 'paragraph'; text: string };

/**
 * The Markdown subset of service descriptions: blocks separated by blank lines, `## ` (or any
 * number of #) starts a heading, everything else is a paragraph whose line breaks become spaces.
 * Returns plain text; React escapes it when rendering, so no HTML ever passes through.
 */
export function parseMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^#{1,6}(?:\s+(.*))?$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      blocks.push({ type: 'heading', text: heading[1]?.trim() ?? '' });
    } else paragraph.push(line);
  }
  flush();
  return blocks.filter((b) => b.text !== '');
}

// ---- clinic-local clock times (shared by server and client: built from Intl parts, so both agree) ----

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockParts(ms: number, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = clockFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
    clockFormatters.set(key, f);
  }
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of f.formatToParts(new Date(ms))) out[part.type] = part.value;
  return out;
}

const WALL = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as const;

/** The clinic's calendar date and minute of the day at an instant. */
export function wallClock(
  instant: Date | string | number,
  timeZone: string,
): { date: string; minuteOfDay: number } {
  const p = clockParts(new Date(instant).getTime(), timeZone, WALL);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    minuteOfDay: (Number(p.hour) % 24) * 60 + Number(p.minute),
  };
}

/** The clinic wall clock at `ms`, as if that reading were a UTC instant. */
function wallMs(ms: number, timeZone: string): number {
  const p = clockParts(ms, timeZone, WALL);
  return Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour) % 24,
    Number(p.minute),
  );
}

/**
 * Whether the clinic's clock shows this wall time twice that day (the hour repeated when clocks go
 * back): 1:30 am on the first Sunday of November in Los Angeles is 1:30 am PDT and, an hour later,
 * 1:30 am PST. Shifts of 30 minutes (Lord Howe) and an hour are both recognised.
 */
export function isRepeatedWallTime(instant: Date | string | number, timeZone: string): boolean {
  const ms = new Date(instant).getTime();
  const minute = Math.floor(ms / 60_000) * 60_000;
  const wall = wallMs(minute, timeZone);
  // Most instants are nowhere near a change: same offset three hours either side.
  const offset = wall - minute;
  const around = [-180, 180].map(
    (h) => wallMs(minute + h * 60_000, timeZone) - (minute + h * 60_000),
  );
  if (around.every((o) => o === offset)) return false;
  return [-60, -30, 30, 60].some((shift) => wallMs(minute + shift * 60_000, timeZone) === wall);
}

/** "PDT", "PST" (or "GMT+1" where the zone has no common abbreviation). */
export function zoneAbbreviation(instant: Date | string | number, timeZone: string): string {
  return (
    clockParts(new Date(instant).getTime(), timeZone, { timeZoneName: 'short' }).timeZoneName ?? ''
  );
}

/**
 * "9:00 am", "12:30 pm" in the clinic's zone; in the repeated hour of a fall-back day the zone
 * abbreviation says which one ("1:30 am PDT" / "1:30 am PST").
 */
export function formatClockTime(instant: Date | string | number, timeZone: string): string {
  const ms = new Date(instant).getTime();
  const wall = new Date(wallMs(ms, timeZone));
  const hours = wall.getUTCHours();
  const minutes = String(wall.getUTCMinutes()).padStart(2, '0');
  const time = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'am' : 'pm'}`;
  return isRepeatedWallTime(ms, timeZone) ? `${time} ${zoneAbbreviation(ms, timeZone)}` : time;
}

/**
 * The clinic's phone number for error pages. They must not depend on the database (it may be what
 * failed), so this copy is static: keep it in step with clinic_settings.phone.
 */
export const FALLBACK_PHONE = '+1 503-555-0147';
