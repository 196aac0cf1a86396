import { DateTime } from 'luxon';
import type { AppointmentStatus, NewAppointment } from '../schema';

/** Small deterministic PRNG so the demo schedule looks the same on every fresh seed of a day. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PlanInput {
  now: Date;
  timeZone: string;
  daysBack: number;
  daysAhead: number;
  practitioners: Array<{
    id: string;
    serviceIds: string[];
    hours: Array<[number, string, string]>;
  }>;
  services: Map<
    string,
    { durationMinutes: number; bufferAfterMinutes: number; bufferBeforeMinutes: number }
  >;
  patientIds: string[];
}

const INTAKES = [
  { painArea: 'lower back', duration: 'less than 2 weeks', painDownLeg: false },
  { painArea: 'lower back and right hip', duration: '2 to 6 weeks', painDownLeg: false },
  { painArea: 'left side of lower back', duration: 'more than 3 months', painDownLeg: true },
  { painArea: 'between the shoulder blades', duration: '6 weeks to 3 months', painDownLeg: false },
];

function statusFor(start: DateTime, end: DateTime, now: DateTime, r: number): AppointmentStatus {
  if (end <= now) return r < 0.08 ? 'no_show' : r < 0.16 ? 'cancelled' : 'completed';
  if (start <= now) return 'arrived';
  return r < 0.1 ? 'cancelled' : r < 0.6 ? 'confirmed' : 'booked';
}

/** A realistic, non-overlapping schedule: gaps, buffers respected, statuses that fit the time. */
export function planDemoAppointments(input: PlanInput): NewAppointment[] {
  const rand = mulberry32(20261121);
  const now = DateTime.fromJSDate(input.now, { zone: input.timeZone });
  const today = now.startOf('day');
  const rows: NewAppointment[] = [];
  for (let offset = -input.daysBack; offset <= input.daysAhead; offset++) {
    const day = today.plus({ days: offset });
    for (const p of input.practitioners) {
      for (const [weekday, from, to] of p.hours) {
        if (weekday !== day.weekday) continue;
        const [fh, fm] = from.split(':').map(Number);
        const [th, tm] = to.split(':').map(Number);
        let cursor = day.set({ hour: fh, minute: fm });
        const close = day.set({ hour: th, minute: tm });
        while (cursor < close) {
          const serviceId = p.serviceIds[Math.floor(rand() * p.serviceIds.length)]!;
          const service = input.services.get(serviceId)!;
          const start = cursor.plus({ minutes: service.bufferBeforeMinutes });
          const end = start.plus({ minutes: service.durationMinutes });
          // Busier in the coming days than further out, like a real diary.
          const fill = offset > 7 ? 0.3 : 0.6;
          if (end > close) break;
          if (rand() < fill) {
            const r = rand();
            const status = statusFor(start, end, now, r);
            rows.push({
              practitionerId: p.id,
              serviceId,
              patientId: input.patientIds[Math.floor(rand() * input.patientIds.length)]!,
              startsAt: start.toJSDate(),
              endsAt: end.toJSDate(),
              status,
              source: rand() < 0.6 ? 'online' : 'staff',
              intake: INTAKES[Math.floor(rand() * INTAKES.length)]!,
              cancelledAt: status === 'cancelled' ? start.minus({ days: 1 }).toJSDate() : null,
              cancellationReason: status === 'cancelled' ? 'Patient rescheduled by phone' : null,
            });
            const next = end.plus({ minutes: service.bufferAfterMinutes });
            cursor = next.set({ minute: Math.ceil(next.minute / 15) * 15 });
          } else {
            cursor = cursor.plus({ minutes: rand() < 0.5 ? 15 : 30 });
          }
        }
      }
    }
  }
  return rows;
}
