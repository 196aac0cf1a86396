import 'server-only';
import { and, asc, eq, ilike } from 'drizzle-orm';
import { db } from '@/db';
import { practitionerServices, practitioners, services } from '@/db/schema';

/** Public fields of the therapies that can be booked online, in the clinic's order. */
export async function listBookableServices() {
  return db
    .select({
      slug: services.slug,
      name: services.name,
      summary: services.summary,
      durationMinutes: services.durationMinutes,
      priceCents: services.priceCents,
      requiresConsultation: services.requiresConsultation,
    })
    .from(services)
    .where(eq(services.active, true))
    .orderBy(asc(services.sortOrder), asc(services.name));
}

export interface BookablePractitioner {
  id: string;
  slug: string;
  name: string;
  title: string;
  /** Slugs of the active therapies they offer, in the clinic's service order. */
  services: string[];
}

/** Active practitioners (public fields), optionally only those offering one service. */
export async function listBookablePractitioners(
  serviceSlug?: string,
): Promise<BookablePractitioner[]> {
  const rows = await db
    .select({
      id: practitioners.id,
      slug: practitioners.slug,
      name: practitioners.name,
      title: practitioners.title,
      serviceSlug: services.slug,
    })
    .from(practitioners)
    .innerJoin(practitionerServices, eq(practitionerServices.practitionerId, practitioners.id))
    .innerJoin(
      services,
      and(eq(services.id, practitionerServices.serviceId), eq(services.active, true)),
    )
    .where(eq(practitioners.active, true))
    .orderBy(
      asc(practitioners.sortOrder),
      asc(practitioners.name),
      asc(services.sortOrder),
      asc(services.name),
    );
  const byId = new Map<string, BookablePractitioner>();
  for (const { serviceSlug: slug, ...p } of rows) {
    const entry = byId.get(p.id) ?? { ...p, services: [] };
    entry.services.push(slug);
    byId.set(p.id, entry);
  }
  const all = [...byId.values()];
  return serviceSlug ? all.filter((p) => p.services.includes(serviceSlug)) : all;
}

/**
 * The service new patients should book first: an active one that needs no consultation itself and
 * is named like one. Null when the clinic has none, and the message stays generic.
 */
export async function findConsultationService(): Promise<{ slug: string; name: string } | null> {
  const [row] = await db
    .select({ slug: services.slug, name: services.name })
    .from(services)
    .where(
      and(
        eq(services.active, true),
        eq(services.requiresConsultation, false),
        ilike(services.slug, '%consultation%'),
      ),
    )
    .orderBy(asc(services.sortOrder))
    .limit(1);
  return row ?? null;
}
