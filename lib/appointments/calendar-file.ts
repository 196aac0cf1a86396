/**
 * The one iCalendar (RFC 5545) writer, behind every calendar file the clinic hands out: the
 * patient's "Add to calendar" download, the invites in e-mails (iTIP REQUEST/CANCEL, RFC 5546), a
 * care plan's visits in one file and the staff feed. UTC times, TEXT escaped (§3.3.11), lines
 * folded at 75 octets without splitting a UTF-8 character (§3.1), CRLF line ends. No React, no I/O.
 * ical.js parses the output in the tests.
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
  /** Invites: who sends it and the one attendee (addresses already checked by the caller). */
  organizer?: { name: string; email: string };
  attendeeEmail?: string;
  /** Busy time unless cancelled; the staff feed also marks its events private. */
  private?: boolean;
}

export interface IcsCalendarOptions {
  /** PUBLISH for downloads and feeds; REQUEST/CANCEL for e-mail invites (one UID per object). */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** A subscribed feed's name and how often calendar apps should fetch it again. */
  name?: string;
  refreshMinutes?: number;
}

export const PRODID = '-//Larkfield Stride Chiropractic//Clinic calendar//EN';

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

/**
 * One file with one or more events, each with its own UID and SEQUENCE, so a later invite about
 * one visit (same UID, higher SEQUENCE) updates that event only.
 */
export function buildIcs(
  events: IcsEvent | readonly IcsEvent[],
  options: IcsCalendarOptions = {},
): string {
  const list: readonly IcsEvent[] = Array.isArray(events) ? events : [events as IcsEvent];
  const method = options.method ?? 'PUBLISH';
  // A feed may be empty; an invite is about exactly one event.
  if (method !== 'PUBLISH' && list.length !== 1)
    throw new RangeError('An iTIP REQUEST or CANCEL carries one event');
  const refresh = options.refreshMinutes;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(refresh
      ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`, `X-PUBLISHED-TTL:PT${refresh}M`]
      : []),
    ...list.flatMap((event) => eventLines(event, method === 'CANCEL')),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A quoted parameter value (RFC 5545 §3.2): no DQUOTE or control characters can appear in one. */
function quotedParam(value: string): string {
  return `"${value
    .replace(/"/g, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()}"`;
}

function sequenceOf(event: IcsEvent): number {
  const sequence = Math.trunc(event.sequence ?? 0);
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > 2_147_483_647)
    throw new RangeError('SEQUENCE must be a non-negative 32-bit integer');
  return sequence;
}

function eventLines(event: IcsEvent, cancel: boolean): string[] {
  if (event.end.getTime() <= event.start.getTime())
    throw new RangeError('An event must end after it starts');
  const status = cancel ? 'CANCELLED' : (event.status ?? 'CONFIRMED');
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${sequenceOf(event)}`,
    `DTSTAMP:${formatUtcDateTime(event.stamp ?? new Date())}`,
    `DTSTART:${formatUtcDateTime(event.start)}`,
    `DTEND:${formatUtcDateTime(event.end)}`,
    `STATUS:${status}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.organizer
      ? [`ORGANIZER;CN=${quotedParam(event.organizer.name)}:mailto:${event.organizer.email}`]
      : []),
    // Already agreed with the clinic: no RSVP buttons, nothing for the patient to answer.
    ...(event.attendeeEmail
      ? [`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${event.attendeeEmail}`]
      : []),
    `TRANSP:${cancel ? 'TRANSPARENT' : 'OPAQUE'}`,
    ...(event.private ? ['CLASS:PRIVATE'] : []),
    ...(event.reminderMinutes && status !== 'CANCELLED'
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(event.summary)}`,
          `TRIGGER:-PT${Math.trunc(event.reminderMinutes)}M`,
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
  ];
}
