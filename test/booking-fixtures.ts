import { randomUUID } from 'node:crypto';
import type { Database } from '@/db';
import { demoClinic } from '@/db/seed/clinic-data';
import {
  clinicSettings,
  practitionerServices,
  practitioners,
  services,
  workingHours,
  type NewService,
} from '@/db/schema';
import type { Actor } from '@/lib/appointments/actor';
import { book, type Booked } from '@/lib/appointments/book';
import { fieldErrorsFrom } from '@/lib/appointments/field-errors';
import type { Result } from '@/lib/appointments/result';
import { bookingRequestSchema } from '@/lib/validations/booking';

/**
 * Every test file shares the single clinic_settings row (the demo clinic: Los Angeles time,
 * 2 hours' notice, 60-day horizon, 15-minute steps, 24-hour cut-off), so nobody may change it.
 */
export async function ensureClinic(db: Database): Promise<void> {
  await db.insert(clinicSettings).values(demoClinic).onConflictDoNothing();
}

export interface BookingFixtureOptions {
  practitioners?: number;
  service?: Partial<NewService>;
  /** [ISO weekday, start, end] in clinic time; default 09:00–17:00 every day. */
  hours?: Array<[number, string, string]>;
}

/** A service and its own practitioners with their own hours, so test files never collide. */
export async function makeBookingFixtures(db: Database, options: BookingFixtureOptions = {}) {
  await ensureClinic(db);
  const tag = randomUUID().slice(0, 8);
  const [service] = await db
    .insert(services)
    .values({
      slug: `svc-${tag}`,
      name: `Therapy ${tag}`,
      summary: 'Test',
      description: 'Test',
      durationMinutes: 30,
      priceCents: 7500,
      ...options.service,
    })
    .returning();
  const people = await db
    .insert(practitioners)
    .values(
      Array.from({ length: options.practitioners ?? 1 }, (_, i) => ({
        slug: `dr-${tag}-${i}`,
        name: `Dr ${tag} ${i}`,
        title: 'DC',
        sortOrder: i,
      })),
    )
    .returning();
  const hours =
    options.hours ??
    [1, 2, 3, 4, 5, 6, 7].map((d): [number, string, string] => [d, '09:00', '17:00']);
  for (const p of people) {
    await db.insert(practitionerServices).values({ practitionerId: p.id, serviceId: service!.id });
    await db.insert(workingHours).values(
      hours.map(([weekday, startTime, endTime]) => ({
        practitionerId: p.id,
        weekday,
        startTime,
        endTime,
      })),
    );
  }
  return { tag, service: service!, practitioners: people };
}

/** A valid booking request body; override what the test is about. */
export function bookingBody(
  fixture: { tag: string; service: { slug: string } },
  start: string,
  overrides: {
    practitioner?: string | null;
    email?: string;
    name?: string;
    patientType?: 'new' | 'returning';
    redFlags?: string[];
    screeningAcknowledged?: boolean;
  } = {},
) {
  return {
    service: fixture.service.slug,
    practitioner: overrides.practitioner ?? null,
    start,
    patient: {
      name: overrides.name ?? 'Robin Runner',
      email: overrides.email ?? `robin-${fixture.tag}-${randomUUID().slice(0, 6)}@example.com`,
      phone: '+1 503-555-0123',
      patientType: overrides.patientType ?? 'returning',
      reason: 'Sore lower back after long runs.',
      consent: true,
      intake: {
        painAreas: ['lower_back'],
        painDuration: '2_to_6_weeks',
        legPain: 'no',
        redFlags: overrides.redFlags ?? [],
        ...(overrides.screeningAcknowledged === undefined
          ? {}
          : { screeningAcknowledged: overrides.screeningAcknowledged }),
      },
    },
  };
}

export interface BookingContext {
  idempotencyKey: string;
  clientAddress: string;
  now: Date;
  /** Who books: a patient in the booking flow unless the test says otherwise (e.g. the API). */
  actor?: Actor;
}

/** A fresh idempotency key and client address per call unless the test pins them. */
export function bookingContext(now: Date, overrides: Partial<BookingContext> = {}): BookingContext {
  return {
    idempotencyKey: `test-${randomUUID()}`,
    clientAddress: `test-${randomUUID()}`,
    now,
    ...overrides,
  };
}

/**
 * An online booking the way the booking form's action and POST /api/v1/bookings make one: the
 * shared schema, then the lifecycle's book() for a patient.
 */
export async function bookOnlineRequest(
  body: unknown,
  ctx: BookingContext,
): Promise<Result<Booked>> {
  const parsed = bookingRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) };
  const { patient, ...rest } = parsed.data;
  return book(
    ctx.actor ?? { kind: 'patient', via: 'booking_flow' },
    { ...rest, patient: { details: patient } },
    { idempotencyKey: ctx.idempotencyKey, clientAddress: ctx.clientAddress, now: ctx.now },
  );
}
