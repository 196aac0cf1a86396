import { DateTime } from 'luxon';
import { listAppointmentsForExport } from '@/db/queries/patients';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { hasRole } from '@/lib/staff/permissions';
import { toCsv } from './csv';
import { intakeText } from './intake-text';

export const MAX_EXPORT_DAYS = 366;

export type ExportResult =
  | { ok: true; csv: string; filename: string; rows: number }
  | { ok: false; status: 400 | 403; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Appointments starting on clinic-local days `from`…`to` (inclusive) as CSV, for admins only: it
 * holds contact details and intake. Free text goes out as plain, neutralised text (lib/patients/csv).
 */
export async function exportAppointmentsCsv(
  actor: StaffPrincipal,
  input: { from: string | null; to: string | null },
  timeZone: string,
): Promise<ExportResult> {
  if (!hasRole(actor, ['admin']))
    return { ok: false, status: 403, message: 'Only admins can export appointments.' };
  if (!input.from || !input.to || !DATE.test(input.from) || !DATE.test(input.to)) {
    return {
      ok: false,
      status: 400,
      message: 'Give from and to as dates, e.g. ?from=2026-11-01&to=2026-11-30.',
    };
  }
  const from = DateTime.fromISO(input.from, { zone: timeZone }).startOf('day');
  const toDay = DateTime.fromISO(input.to, { zone: timeZone }).startOf('day');
  if (!from.isValid || !toDay.isValid)
    return { ok: false, status: 400, message: 'Those are not real dates.' };
  if (toDay < from)
    return { ok: false, status: 400, message: 'The end date is before the start date.' };
  if (toDay.diff(from, 'days').days >= MAX_EXPORT_DAYS) {
    return { ok: false, status: 400, message: `Export at most ${MAX_EXPORT_DAYS} days at a time.` };
  }
  const rows = await listAppointmentsForExport(from.toJSDate(), toDay.plus({ days: 1 }).toJSDate());
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone });
  const csv = toCsv(
    [
      'appointment_id',
      'date',
      'start',
      'end',
      'status',
      'source',
      'therapy',
      'practitioner',
      'patient_id',
      'patient_name',
      'patient_email',
      'patient_phone',
      'patient_note',
      'intake',
      'cancellation_reason',
    ],
    rows.map((r) => [
      r.id,
      local(r.startsAt).toISODate(),
      local(r.startsAt).toFormat('HH:mm'),
      local(r.endsAt).toFormat('HH:mm'),
      r.status,
      r.source,
      r.serviceName,
      r.practitionerName,
      r.patientId,
      r.patientName,
      r.patientEmail,
      r.patientPhone,
      r.patientNotes,
      intakeText(r.intake),
      r.cancellationReason,
    ]),
  );
  await writeAudit({
    actorStaffId: actor.id,
    action: 'export.appointments',
    entityType: 'export',
    entityId: `appointments:${input.from}:${input.to}`,
    details: { from: input.from, to: input.to, rows: rows.length },
  });
  return {
    ok: true,
    csv,
    rows: rows.length,
    filename: `appointments-${input.from}-to-${input.to}.csv`,
  };
}
