import { buildIcs } from '@/lib/appointments/calendar-file';
import { openManageLink } from '@/lib/appointments/online/by-token';
import { isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { appointmentUid } from '@/lib/email/ics';
import { formatPhone } from '@/lib/format';

// The URL carries the secret manage token: never cache the answer, never pass the URL on.
const PRIVATE = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

/** "Add to calendar": the appointment as an .ics file, times in UTC. Reads only. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = isWellFormedManageToken(token) ? await openManageLink(token) : null;
  if (!link) {
    return new Response('Not found', {
      status: 404,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain' },
    });
  }
  if (link.kind === 'ended') {
    // Cancelled, or long past: the link gives nothing away any more.
    return new Response('This booking has ended.', {
      status: 410,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain' },
    });
  }
  const { booking, calendarSequence } = link;

  const body = buildIcs({
    // The same UID as the e-mailed invites, so every copy updates one calendar event.
    uid: appointmentUid(booking.id, booking.clinic.email),
    start: new Date(booking.start),
    end: new Date(booking.end),
    // The e-mailed invites' SEQUENCE, which rises with every change: a download after a move
    // replaces the earlier event, and a download of the same state matches its invite.
    sequence: calendarSequence,
    status: 'CONFIRMED', // a cancelled booking's link has ended (410 above)
    summary: `${booking.service.name} with ${booking.practitioner.name}`,
    location: `${booking.clinic.name}, ${booking.clinic.address}`,
    description: [
      `${booking.service.name} (${booking.service.durationMinutes} minutes) with ${booking.practitioner.name} at ${booking.clinic.name}.`,
      'Bring comfortable clothes, a list of your medicines and any scans or reports. For a first visit, please arrive 10 minutes early.',
      `To change or cancel, use the link in your confirmation or call ${formatPhone(booking.clinic.phone)}.`,
    ].join('\n'),
    reminderMinutes: 120,
  });
  return new Response(body, {
    headers: {
      ...PRIVATE,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="larkfield-stride-appointment.ics"',
    },
  });
}
