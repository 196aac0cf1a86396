import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { practitionerPhotos, practitioners } from '@/db/schema';
import { fail, fieldError, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { makePortrait, PortraitError, type Portrait } from '@/lib/images/portrait';
import { forbidden, hasRole } from './permissions';

/** Replaces a practitioner's portrait variants in one statement batch (never half a set). */
export async function storePortrait(
  tx: Executor,
  practitionerId: string,
  portrait: Portrait,
): Promise<void> {
  await tx.delete(practitionerPhotos).where(eq(practitionerPhotos.practitionerId, practitionerId));
  await tx.insert(practitionerPhotos).values(
    portrait.variants.map((v) => ({
      practitionerId,
      width: v.width,
      version: portrait.version,
      bytes: v.bytes,
    })),
  );
}

/** An admin uploads a practitioner's photo: resized here, stored in PostgreSQL. */
export async function savePractitionerPhoto(
  actor: StaffPrincipal,
  input: { practitionerId: string; photo: Blob },
): Promise<ActionResult<{ version: string }>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  let portrait: Portrait;
  try {
    portrait = await makePortrait(new Uint8Array(await input.photo.arrayBuffer()));
  } catch (error) {
    if (error instanceof PortraitError) return fieldError('photo', error.message);
    throw error;
  }
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(eq(practitioners.id, input.practitionerId))
      .for('update');
    if (!found) return fail('That practitioner no longer exists.');
    await storePortrait(tx, found.id, portrait);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'practitioner.photo',
        entityType: 'practitioner',
        entityId: found.id,
        details: { version: portrait.version },
      },
      tx,
    );
    return { ok: true as const, data: { version: portrait.version } };
  });
}

export async function removePractitionerPhoto(
  actor: StaffPrincipal,
  input: { practitionerId: string },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  return db.transaction(async (tx) => {
    await tx
      .delete(practitionerPhotos)
      .where(eq(practitionerPhotos.practitionerId, input.practitionerId));
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'practitioner.photo_remove',
        entityType: 'practitioner',
        entityId: input.practitionerId,
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}
