import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import type { CanaryPatient } from './canary';

/**
 * Booking through the public API (what an integrator's script does), for specs that need an
 * appointment to exist before the part they test. Patients are canaries (e2e/canary.ts).
 */

export interface Slot {
  start: string;
  practitionerId: string;
}

/** A clinic-local date (America/Los_Angeles), `days` from today. */
export function clinicDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(date);
}

/** Open slots of `service` between `fromDays` and `toDays` from today. */
export async function openSlots(
  request: APIRequestContext,
  service: string,
  fromDays: number,
  toDays: number,
): Promise<Slot[]> {
  const response = await request.get(
    `/api/v1/availability?service=${service}&from=${clinicDate(fromDays)}&to=${clinicDate(toDays)}`,
  );
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { slots: Slot[] }).slots;
}

/**
 * A client address of its own for a set-up booking (the e2e server trusts one proxy hop, as
 * behind a load balancer): each one stands for a different patient, so the per-address booking
 * limit that the integration and system tests prove is not shared by unrelated specs.
 */
export function ownClientAddress(): Record<string, string> {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return { 'X-Forwarded-For': `198.18.${octet()}.${octet()}` };
}

/** A valid booking request body for `slot`: no red flags, consent given. */
export function bookingBody(
  service: string,
  slot: Slot,
  patient: CanaryPatient,
  reason = 'Tight lower back after a long run.',
) {
  return {
    service,
    practitioner: slot.practitionerId,
    start: slot.start,
    patient: {
      name: patient.name,
      email: patient.email,
      phone: '+1 503-555-0188',
      patientType: 'new',
      reason,
      consent: true,
      intake: {
        painAreas: ['lower_back'],
        painDuration: 'under_2_weeks',
        legPain: 'no',
        redFlags: [],
      },
    },
  };
}

/**
 * Books the first of `candidates` still open (other specs run in parallel and may take some) and
 * returns the patient's manage link. Sends the Origin a browser would: the cross-site guard
 * refuses mutating requests without one.
 */
export async function bookFirstOpen(
  request: APIRequestContext,
  a: {
    origin: string;
    service: string;
    candidates: Slot[];
    patient: CanaryPatient;
    reason?: string;
  },
): Promise<string> {
  for (const slot of a.candidates) {
    const response = await request.post('/api/v1/bookings', {
      headers: {
        'Idempotency-Key': `e2e-${randomUUID()}`,
        Origin: new URL(a.origin).origin,
        ...ownClientAddress(),
      },
      data: bookingBody(a.service, slot, a.patient, a.reason),
    });
    if (response.status() === 409) continue;
    expect(response.status()).toBe(201);
    const { manageUrl } = (await response.json()) as { manageUrl: string };
    expect(manageUrl).toMatch(/\/book\/manage\/[A-Za-z0-9_-]{43}$/);
    return manageUrl;
  }
  throw new Error(`none of ${a.candidates.length} candidate slots was still open`);
}
