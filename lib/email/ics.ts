import { escapeText, foldLine, formatUtcDateTime } from '@/lib/booking/ics';
import { assertRecipient } from './address';

/**
 * The iTIP (RFC 5546) invite e-mails carry, so calendar apps add the appointment and later update
 * or remove the same event: METHOD:REQUEST for a new or moved appointment, METHOD:CANCEL for a
 * cancelled one, the same UID every time and a SEQUENCE that only goes up. The low-level writing
 * (UTC times, TEXT escaping, 75-octet folding) is lib/booking/ics.ts's, which the "Add to calendar"
 * download uses with the same UID scheme.
 */
export interface InviteEvent {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  location: string;
  description: string;
  organizer: { name: string; email: string };
  attendeeEmail: string;
}

/** The UID the download route also uses: `<appointment id>@<clinic e-mail domain>`. */
export function appointmentUid(appointmentId: string, clinicEmail: string): string {
  const domain = clinicEmail.split('@')[1] ?? 'larkfield-stride.example';
  return `${appointmentId}@${domain}`;
}

/** A quoted parameter value (RFC 5545 §3.2): no DQUOTE or control characters can appear in one. */
function quotedParam(value: string): string {
  return `"${value
    .replace(/"/g, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()}"`;
}

export function buildInvite(event: InviteEvent): string {
  if (event.end.getTime() <= event.start.getTime())
    throw new RangeError('An event must end after it starts');
  const sequence = Math.trunc(event.sequence);
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > 2_147_483_647) {
    throw new RangeError('SEQUENCE must be a non-negative 32-bit integer');
  }
  const cancel = event.method === 'CANCEL';
  const organizer = assertRecipient(event.organizer.email);
  const attendee = assertRecipient(event.attendeeEmail);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Larkfield Stride Chiropractic//Appointments//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${formatUtcDateTime(event.stamp)}`,
    `DTSTART:${formatUtcDateTime(event.start)}`,
    `DTEND:${formatUtcDateTime(event.end)}`,
    `STATUS:${cancel ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `ORGANIZER;CN=${quotedParam(event.organizer.name)}:mailto:${organizer}`,
    // Already agreed with the clinic: no RSVP buttons, nothing for the patient to answer.
    `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${attendee}`,
    `TRANSP:${cancel ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
