import { and, count, eq, sql } from 'drizzle-orm';
import { makePortrait } from '../../lib/images/portrait';
import type { Database } from '../client';
import { clinicSettings, practitionerPhotos, practitioners, services } from '../schema';
import { demoClinic, demoPractitioners, demoServices } from './clinic-data';
import { demoPortraits, drawnPortrait } from './portraits';

/**
 * Details added to the demo after its first release: the fees page's insurance and payment
 * settings, each therapy's evidence, contraindications and risks, practitioners' credentials and
 * interests, and drawn portraits. Filled in only where still empty, so a database seeded before
 * gets them and nothing an admin has entered is overwritten.
 */
export async function fillDemoDetails(
  db: Database,
  practitionerIds: Map<string, string>,
): Promise<void> {
  await db
    .update(clinicSettings)
    .set({
      insurers: demoClinic.insurers,
      insuranceNote: demoClinic.insuranceNote,
      paymentMethods: demoClinic.paymentMethods,
    })
    .where(
      and(
        eq(clinicSettings.id, 1),
        eq(clinicSettings.insuranceNote, ''),
        sql`cardinality(${clinicSettings.insurers}) = 0`,
        sql`cardinality(${clinicSettings.paymentMethods}) = 0`,
      ),
    );

  for (const service of demoServices) {
    await db
      .update(services)
      .set({
        evidence: service.evidence,
        contraindications: service.contraindications,
        commonRisks: service.commonRisks,
        rareRisks: service.rareRisks,
      })
      .where(and(eq(services.slug, service.slug), eq(services.evidence, '')));
  }

  for (const person of demoPractitioners) {
    const id = practitionerIds.get(person.slug);
    if (!id) continue;
    await db
      .update(practitioners)
      .set({ credentials: person.credentials, interests: person.interests })
      .where(
        and(
          eq(practitioners.id, id),
          sql`cardinality(${practitioners.credentials}) = 0`,
          sql`cardinality(${practitioners.interests}) = 0`,
        ),
      );
    const style = demoPortraits[person.slug];
    const [photos] = await db
      .select({ n: count() })
      .from(practitionerPhotos)
      .where(eq(practitionerPhotos.practitionerId, id));
    if (!style || photos?.n) continue;
    const portrait = await makePortrait(new TextEncoder().encode(drawnPortrait(style)), {
      allowSvg: true,
    });
    await db
      .insert(practitionerPhotos)
      .values(
        portrait.variants.map((v) => ({
          practitionerId: id,
          width: v.width,
          version: portrait.version,
          bytes: v.bytes,
        })),
      )
      .onConflictDoNothing();
  }
}
