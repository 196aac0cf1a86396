import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db';
import { practitionerServices, practitioners, services } from '@/db/schema';

export interface ServiceSummary {
  slug: string;
  name: string;
  summary: string;
  durationMinutes: number;
  priceCents: number;
  requiresConsultation: boolean;
}

export interface ServiceDetail extends ServiceSummary {
  /** Markdown with `##` headings and paragraphs only. */
  description: string;
  evidence: string;
  contraindications: string[];
  commonRisks: string[];
  rareRisks: string[];
  /** Active practitioners who offer it, in team order. */
  practitioners: Array<{ slug: string; name: string; title: string }>;
}

const summaryColumns = {
  slug: services.slug,
  name: services.name,
  summary: services.summary,
  durationMinutes: services.durationMinutes,
  priceCents: services.priceCents,
  requiresConsultation: services.requiresConsultation,
};

/** Bookable therapies in the clinic's chosen order. */
export const listActiveServices = cache(async (): Promise<ServiceSummary[]> => {
  return db
    .select(summaryColumns)
    .from(services)
    .where(eq(services.active, true))
    .orderBy(asc(services.sortOrder), asc(services.name));
});

/** One active therapy with who offers it, or null when the slug is unknown or inactive. */
export const getActiveServiceBySlug = cache(async (slug: string): Promise<ServiceDetail | null> => {
  const [service] = await db
    .select({
      id: services.id,
      description: services.description,
      evidence: services.evidence,
      contraindications: services.contraindications,
      commonRisks: services.commonRisks,
      rareRisks: services.rareRisks,
      ...summaryColumns,
    })
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.active, true)))
    .limit(1);
  if (!service) return null;

  const offeredBy = await db
    .select({ slug: practitioners.slug, name: practitioners.name, title: practitioners.title })
    .from(practitionerServices)
    .innerJoin(practitioners, eq(practitioners.id, practitionerServices.practitionerId))
    .where(and(eq(practitionerServices.serviceId, service.id), eq(practitioners.active, true)))
    .orderBy(asc(practitioners.sortOrder), asc(practitioners.name));

  const { id: _id, ...detail } = service;
  return { ...detail, practitioners: offeredBy };
});
