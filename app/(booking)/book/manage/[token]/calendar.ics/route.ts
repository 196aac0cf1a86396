import { getBookingByToken } from '@/lib/booking/manage';
import { buildIcs } from '@/lib/booking/ics';
import { appointmentUid } from '@/lib/email/ics';
import { isWellFormedManageToken } from '@/lib/booking/tokens';
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
  const booking = isWellFormedManageToken(token) ? await getBookingByToken(token) : null;
  if (!booking) {
    return new Response('Not found', {
      status: 404,
      headers: { ...PRIVATE, 'Content-Type': 'text/plain' },
    });
  }

  const body = buildIcs({
    // The same UID as the e-mailed invites, so every copy updates one calendar event.
    uid: appointmentUid(booking.id, booking.clinic.email),
    start: new Date(booking.start),
    end: new Date(booking.end),
    // Later downloads of a moved appointment must replace the earlier event: seconds are a safe, rising version.
    sequence: Math.floor(Date.now() / 1000),
    status: booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
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
