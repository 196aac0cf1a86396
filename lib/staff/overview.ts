import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { db } from '@/db';
import {
  countByStatus,
  countCancellations,
  countNewAndReturning,
  listNextAppointments,
  loadUtilisationInputs,
} from '@/db/queries/overview';
import { clinicSettings, type AppointmentStatus } from '@/db/schema';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { minutesLessTimeOff, utilisationPercent, weekStartOf, workingSpans } from './utilisation';

export const STATUS_ORDER: AppointmentStatus[] = [
  'booked',
  'confirmed',
  'arrived',
  'completed',
  'no_show',
  'cancelled',
];
export const PERIOD_DAYS = 28;

/**
 * The overview's figures. A practitioner gets their own diary's figures only; admin and front
 * desk get the clinic's. Rates are whole percentages, null when there is nothing to divide by.
 */
export async function loadOverview(actor: StaffPrincipal, now = new Date()) {
  const own =
    actor.role === 'practitioner'
      ? (actor.practitionerId ?? '00000000-0000-0000-0000-000000000000')
      : null;
  const [settings] = await db
    .select({ timeZone: clinicSettings.timeZone, cutoff: clinicSettings.cancellationCutoffHours })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1));
  const timeZone = settings?.timeZone ?? 'America/Los_Angeles';
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const tomorrow = today.plus({ days: 1 });
  const week = weekStartOf(now, timeZone);
  const weekEnd = week.plus({ weeks: 1 });
  const periodStart = today.minus({ days: PERIOD_DAYS - 1 });

  const [todayCounts, next, utilInputs, patientsSeen, cancellations, periodCounts] =
    await Promise.all([
      countByStatus(today.toJSDate(), tomorrow.toJSDate(), own),
      listNextAppointments(now, tomorrow.toJSDate(), own),
      loadUtilisationInputs(week.toJSDate(), weekEnd.toJSDate(), own),
      countNewAndReturning(periodStart.toJSDate(), now, own),
      countCancellations(periodStart.toJSDate(), now, settings?.cutoff ?? 24, own),
      countByStatus(periodStart.toJSDate(), now, own),
    ]);

  const utilisation = utilInputs.people.map((person) => {
    const spans = workingSpans(
      week,
      utilInputs.hours.filter((h) => h.practitionerId === person.id),
    );
    const workingMinutes = minutesLessTimeOff(
      spans,
      utilInputs.off.filter((o) => o.practitionerId === person.id),
    );
    const bookedMinutes = utilInputs.booked.get(person.id) ?? 0;
    return {
      id: person.id,
      name: person.name,
      bookedMinutes,
      workingMinutes,
      percent: utilisationPercent(bookedMinutes, workingMinutes),
    };
  });

  const seenCount = (s: AppointmentStatus) => periodCounts.get(s) ?? 0;
  const attendedOrMissed = seenCount('completed') + seenCount('arrived') + seenCount('no_show');
  const periodTotal = STATUS_ORDER.reduce((sum, s) => sum + seenCount(s), 0);

  return {
    timeZone,
    today: today.toISODate()!,
    weekStart: week.toISODate()!,
    weekEnd: weekEnd.minus({ days: 1 }).toISODate()!,
    periodStart: periodStart.toISODate()!,
    scope: own ? ('own' as const) : ('clinic' as const),
    todayByStatus: STATUS_ORDER.map((status) => ({ status, count: todayCounts.get(status) ?? 0 })),
    next,
    utilisation,
    patients: patientsSeen,
    cancellations: {
      ...cancellations,
      total: periodTotal,
      ratePercent: periodTotal ? Math.round((cancellations.cancelled / periodTotal) * 100) : null,
      cutoffHours: settings?.cutoff ?? 24,
    },
    noShows: {
      count: seenCount('no_show'),
      outOf: attendedOrMissed,
      ratePercent: attendedOrMissed
        ? Math.round((seenCount('no_show') / attendedOrMissed) * 100)
        : null,
    },
  };
}

export type Overview = Awaited<ReturnType<typeof loadOverview>>;
