import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { clinicOpeningHours, clinicSettings } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import type { ClinicSettingsValues, WeeklyHours } from '@/lib/validations/clinic-admin';
import { linesOf } from '@/lib/validations/lines';
import { forbidden, hasRole } from './permissions';

/** The clinic's details and booking policy (the single clinic_settings row). Admin only. */
export async function updateClinicSettings(
  actor: StaffPrincipal,
  input: ClinicSettingsValues,
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(clinicSettings)
      .where(eq(clinicSettings.id, 1))
      .for('update');
    const values = {
      ...input,
      addressLine2: input.addressLine2 || null,
      insurers: linesOf(input.insurers),
      paymentMethods: linesOf(input.paymentMethods),
      updatedAt: new Date(),
    };
    if (before) await tx.update(clinicSettings).set(values).where(eq(clinicSettings.id, 1));
    else await tx.insert(clinicSettings).values({ id: 1, ...values });
    // Field names only: the clinic's own details are not personal data, but the audit stays uniform.
    const changed = before
      ? (Object.keys(input) as Array<keyof ClinicSettingsValues>).filter(
          (k) => String(before[k] ?? '') !== String(values[k] ?? ''),
        )
      : Object.keys(input);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'settings.update',
        entityType: 'settings',
        entityId: 'clinic',
        details: { fields: changed.join(',') },
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}

/** Replaces the public opening hours wholesale (one transaction: never half a week). */
export async function replaceOpeningHours(
  actor: StaffPrincipal,
  hours: WeeklyHours,
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  return db.transaction(async (tx) => {
    // Every row goes: the form sends the whole week.
    await tx.delete(clinicOpeningHours).where(sql`true`);
    if (hours.length) {
      await tx
        .insert(clinicOpeningHours)
        .values(hours.map((h) => ({ weekday: h.weekday, opensAt: h.start, closesAt: h.end })));
    }
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'settings.opening_hours',
        entityType: 'settings',
        entityId: 'opening_hours',
        details: { intervals: hours.length },
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}
