import { buildIcs } from '@/lib/appointments/calendar-file';
import { assertRecipient } from './address';

/**
 * The iTIP (RFC 5546) invite e-mails carry, so calendar apps add the appointment and later update
 * or remove the same event: METHOD:REQUEST for a new or moved appointment, METHOD:CANCEL for a
 * cancelled one, the same UID every time and a SEQUENCE that only goes up. The writing is
 * lib/appointments/calendar-file.ts's, which the "Add to calendar" download uses with the same
 * UID scheme.
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

export function buildInvite(event: InviteEvent): string {
  return buildIcs(
    {
      uid: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      start: event.start,
      end: event.end,
      summary: event.summary,
      location: event.location,
      description: event.description,
      organizer: { name: event.organizer.name, email: assertRecipient(event.organizer.email) },
      attendeeEmail: assertRecipient(event.attendeeEmail),
    },
    { method: event.method },
  );
}
