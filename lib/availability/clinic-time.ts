import { DateTime, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Formats instants as ISO-8601 with the clinic's offset ('2026-11-23T09:00:00-08:00', what luxon's
 * `toISO({ suppressMilliseconds: true })` gives for whole seconds) at a fraction of luxon's cost:
 * a 60-day "first available" answer has thousands of slots and luxon spends ~6 µs on each.
 *
 * The offset is looked up once per UTC day and reused when the day starts and ends on the same
 * offset. That is exact unless a zone changes its offset twice within one day and back, which no
 * zone does; a day with a transition falls back to a lookup per instant.
 */
export function clinicIsoFormatter(timeZone: string): (instant: Date | number) => string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = newIsoFormatter(timeZone);
    if (formatters.size >= MAX_ZONES) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// One formatter per zone for the life of the process: its per-day lookups are what cost (luxon's
// offset lookup is ~10 µs; a 60-day answer needs 120 of them), and zone rules do not change while
// the process runs. Bounded, as every cache here: a zone keeps at most MAX_DAYS days.
const MAX_ZONES = 8;
const MAX_DAYS = 4000;
const formatters = new Map<string, (instant: Date | number) => string>();

/** Per UTC day: its offset when the same all day (null on a transition day), and the wall day's text. */
interface DayFormat {
  offset: number | null;
  suffix: string;
}

function newIsoFormatter(timeZone: string): (instant: Date | number) => string {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new Error(`Invalid IANA time zone: ${timeZone}`);
  const days = new Map<number, DayFormat>();

  const dayOf = (day: number): DayFormat => {
    let known = days.get(day);
    if (!known) {
      const first = zone.offset(day * DAY_MS);
      const offset = first === zone.offset((day + 1) * DAY_MS - 1) ? first : null;
      known = { offset, suffix: offset === null ? '' : formatOffset(offset) };
      if (days.size >= MAX_DAYS) days.clear();
      days.set(day, known);
    }
    return known;
  };

  return (instant) => {
    const ms = typeof instant === 'number' ? instant : instant.getTime();
    const day = dayOf(Math.floor(ms / DAY_MS));
    const offset = day.offset ?? zone.offset(ms);
    const wall = new Date(ms + offset * MINUTE_MS).toISOString();
    const text = ms % 1000 === 0 ? wall.slice(0, 19) : wall.slice(0, 23);
    return text + (day.offset === null ? formatOffset(offset) : day.suffix);
  };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * The absolute instants covering clinic-local dates [from, to], both included, widened by `padMs`
 * on each side so buffers and appointments that start the evening before are still loaded.
 */
export function clinicDateWindow(
  from: string,
  to: string,
  timeZone: string,
  padMs = DAY_MS,
): { start: Date; end: Date } {
  const key = `${timeZone}|${from}|${to}`;
  let bounds = dateWindows.get(key);
  if (!bounds) {
    const start = DateTime.fromISO(from, { zone: timeZone }).startOf('day');
    const end = DateTime.fromISO(to, { zone: timeZone }).plus({ days: 1 }).startOf('day');
    bounds = [start.toMillis(), end.toMillis()];
    if (dateWindows.size >= MAX_DAYS) dateWindows.clear();
    dateWindows.set(key, bounds);
  }
  return { start: new Date(bounds[0] - padMs), end: new Date(bounds[1] + padMs) };
}

// Every availability question and booking asks for the same few windows; luxon's parsing and
// zone arithmetic cost tens of microseconds each time.
const dateWindows = new Map<string, [number, number]>();
