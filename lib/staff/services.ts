import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { services } from '@/db/schema';
import { fail, fieldError, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import type { ServiceValues } from '@/lib/validations/clinic-admin';
import { linesOf } from '@/lib/validations/lines';
import { constraintOf, isUniqueViolation } from './db-errors';
import { forbidden, hasRole } from './permissions';

/** Creates or updates a therapy (duration, price, buffers, flags). Admin only. */
export async function saveService(
  actor: StaffPrincipal,
  input: ServiceValues,
): Promise<ActionResult<{ serviceId: string }>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  const { id, price, contraindications, commonRisks, rareRisks, ...rest } = input;
  const values = {
    ...rest,
    priceCents: Math.round(price * 100),
    contraindications: linesOf(contraindications),
    commonRisks: linesOf(commonRisks),
    rareRisks: linesOf(rareRisks),
  };
  try {
    return await db.transaction(async (tx) => {
      let serviceId = id;
      if (id) {
        const updated = await tx
          .update(services)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(services.id, id))
          .returning({ id: services.id });
        if (!updated.length) return fail('That therapy no longer exists.');
      } else {
        const [row] = await tx.insert(services).values(values).returning({ id: services.id });
        serviceId = row!.id;
      }
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: id ? 'service.update' : 'service.create',
          entityType: 'service',
          entityId: serviceId,
          details: {
            active: values.active,
            durationMinutes: values.durationMinutes,
            priceCents: values.priceCents,
          },
        },
        tx,
      );
      return { ok: true as const, data: { serviceId } };
    });
  } catch (error) {
    if (isUniqueViolation(error) && constraintOf(error).includes('slug'))
      return fieldError('slug', 'Another therapy already uses this slug.');
    throw error;
  }
}
