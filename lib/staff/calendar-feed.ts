import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gte, lt, ne } from 'drizzle-orm';
import { db } from '@/db';
import { appointments, clinicSettings, patients, practitioners, services } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { buildIcs } from '@/lib/appointments/calendar-file';
import { forbidden } from './permissions';

/**
 * A practitioner's private, subscribable calendar (/api/staff/calendar/<token>.ics). The URL is
 * the credential: 256 random bits, of which only the SHA-256 is stored. The feed carries times,
 * therapy and the patient's first name and initial: nothing clinical, no contact details.
 */

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const DAYS_BACK = 30;
const DAYS_AHEAD = 180;

export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function calendarFeedPath(token: string): string {
  return `/api/staff/calendar/${token}.ics`;
}

/** Admins, and the practitioner whose calendar it is. */
export function canManageCalendarFeed(actor: StaffPrincipal, practitionerId: string): boolean {
  return (
    actor.role === 'admin' ||
    (actor.role === 'practitioner' && actor.practitionerId === practitionerId)
  );
}

/** New secret (the old URL stops working at once), or none with `revoke`. The token is returned once. */
export async function regenerateCalendarToken(
  actor: StaffPrincipal,
  input: { practitionerId: string; revoke?: boolean },
): Promise<ActionResult<{ token: string | null }>> {
  if (!canManageCalendarFeed(actor, input.practitionerId)) return forbidden();
  const token = input.revoke ? null : randomBytes(32).toString('base64url');
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(practitioners)
      .set({ calendarTokenHash: token ? hashCalendarToken(token) : null, updatedAt: new Date() })
      .where(eq(practitioners.id, input.practitionerId))
      .returning({ id: practitioners.id });
    if (!updated.length) return fail('That practitioner no longer exists.');
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: token ? 'practitioner.calendar_feed_new' : 'practitioner.calendar_feed_revoke',
        entityType: 'practitioner',
        entityId: input.practitionerId,
      },
      tx,
    );
    return { ok: true as const, data: { token } };
  });
}

/** "Robin Runner" → "Robin R."; one word stays as it is. */
export function firstNameAndInitial(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? '';
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  const initial = last ? [...last][0]?.toUpperCase() : undefined;
  return initial ? `${first} ${initial}.` : first;
}

export interface FeedEvent {
  id: string;
  startsAt: Date;
  endsAt: Date;
  serviceName: string;
  patientName: string;
  status: string;
}

const STATUS_LABEL: Record<string, string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  completed: 'Completed',
  no_show: 'No-show',
};

/** RFC 5545 calendar with one VEVENT per appointment, UTC times, CRLF lines folded at 75 octets. */
export function buildCalendarFeed(input: {
  calendarName: string;
  location: string;
  events: FeedEvent[];
  now?: Date;
}): string {
  const stamp = input.now ?? new Date();
  const events = input.events.map((event) => ({
    uid: `${event.id}@larkfield-stride.example`,
    stamp,
    start: event.startsAt,
    end: event.endsAt,
    summary: `${event.serviceName} – ${firstNameAndInitial(event.patientName)}`,
    location: input.location,
    description: `Status: ${STATUS_LABEL[event.status] ?? event.status}`,
    private: true,
  }));
  return buildIcs(events, { name: input.calendarName, refreshMinutes: 15 });
}

/** The feed for a token, or null when the token is malformed or matches no active practitioner. */
export async function loadCalendarFeed(token: string, now = new Date()): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const [owner] = await db
    .select({ id: practitioners.id, name: practitioners.name })
    .from(practitioners)
    .where(
      and(
        eq(practitioners.calendarTokenHash, hashCalendarToken(token)),
        eq(practitioners.active, true),
      ),
    );
  if (!owner) return null;
  const from = new Date(now.getTime() - DAYS_BACK * 86_400_000);
  const to = new Date(now.getTime() + DAYS_AHEAD * 86_400_000);
  const [events, [clinic]] = await Promise.all([
    db
      .select({
        id: appointments.id,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        status: appointments.status,
        serviceName: services.name,
        patientName: patients.name,
      })
      .from(appointments)
      .innerJoin(services, eq(services.id, appointments.serviceId))
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .where(
        and(
          eq(appointments.practitionerId, owner.id),
          gte(appointments.startsAt, from),
          lt(appointments.startsAt, to),
          ne(appointments.status, 'cancelled'),
        ),
      )
      .orderBy(asc(appointments.startsAt)),
    db
      .select({
        name: clinicSettings.name,
        line1: clinicSettings.addressLine1,
        city: clinicSettings.city,
        region: clinicSettings.region,
      })
      .from(clinicSettings)
      .limit(1),
  ]);
  const location = clinic
    ? `${clinic.name}, ${clinic.line1}, ${clinic.city}, ${clinic.region}`
    : '';
  return buildCalendarFeed({
    calendarName: `Larkfield Stride – ${owner.name}`,
    location,
    events,
    now,
  });
}
