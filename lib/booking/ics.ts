/**
 * A minimal RFC 5545 (iCalendar) writer for "Add to calendar": one VEVENT with UTC times, text
 * escaped (§3.3.11), lines folded at 75 octets without splitting a UTF-8 character (§3.1) and
 * CRLF line ends. No React, no I/O.
 */

export interface IcsEvent {
  /** Globally unique and stable for the appointment, e.g. `<appointment id>@larkfield-stride.example`. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  status?: 'CONFIRMED' | 'CANCELLED';
  /** Bump when the appointment changes (a later import then updates the event). */
  sequence?: number;
  /** When this file was made; defaults to now. */
  stamp?: Date;
  /** Minutes before the start for a reminder; none when omitted. */
  reminderMinutes?: number;
}

const PRODID = '-//Larkfield Stride Chiropractic//Booking//EN';

/** 2026-11-23T17:00:00.000Z → 20261123T170000Z (UTC "form #2" date-time). */
export function formatUtcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date for iCalendar');
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT values: backslash, semicolon and comma are escaped, line breaks become \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into 75-octet pieces; continuation lines start with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

export function buildIcs(event: IcsEvent): string {
  if (event.end.getTime() <= event.start.getTime())
    throw new RangeError('An event must end after it starts');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtcDateTime(event.stamp ?? new Date())}`,
    `DTSTART:${formatUtcDateTime(event.start)}`,
    `DTEND:${formatUtcDateTime(event.end)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence ?? 0))}`,
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:OPAQUE',
    ...(event.reminderMinutes && event.status !== 'CANCELLED'
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(event.summary)}`,
          `TRIGGER:-PT${Math.trunc(event.reminderMinutes)}M`,
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
