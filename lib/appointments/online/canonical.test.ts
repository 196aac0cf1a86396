import { describe, expect, it } from 'vitest';
import { bookingRequestSchema, type BookingRequest } from '@/lib/validations/booking';
import { canonicalBookingRequest, requestHash } from './canonical';

const request = (overrides: Record<string, unknown> = {}): BookingRequest =>
  bookingRequestSchema.parse({
    service: 'chiropractic-adjustment',
    practitioner: null,
    start: '2030-03-05T09:00:00-08:00',
    patient: {
      name: 'Robin Runner',
      email: 'Robin@Example.com',
      phone: '503 555 0123',
      patientType: 'new',
      reason: '',
      consent: true,
      intake: {
        painAreas: ['lower_back'],
        painDuration: 'under_2_weeks',
        legPain: 'no',
        redFlags: [],
      },
    },
    ...overrides,
  });

describe('canonicalBookingRequest', () => {
  it('is the same for the same meaning: key order, offset spelling, e-mail case, spaces', () => {
    const a = canonicalBookingRequest(request());
    const reordered = canonicalBookingRequest(
      request({
        start: '2030-03-05T17:00:00.000Z',
        patient: { ...request().patient, email: ' robin@example.com ', name: ' Robin Runner' },
      }),
    );
    expect(reordered).toBe(a);
    expect(requestHash(reordered)).toBe(requestHash(a));
  });

  it('differs when anything meaningful differs', () => {
    const a = canonicalBookingRequest(request());
    expect(canonicalBookingRequest(request({ start: '2030-03-05T09:15:00-08:00' }))).not.toBe(a);
    expect(
      canonicalBookingRequest(request({ practitioner: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' })),
    ).not.toBe(a);
    expect(
      requestHash(canonicalBookingRequest(request({ service: 'myofascial-release' }))),
    ).not.toBe(requestHash(a));
  });
});
