import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { parseArticleSource, type ArticleSource } from '../../lib/content/front-matter';
import { loadReferenceCatalog, resolveReferences } from '../../lib/content/reference-catalog';
import type { ReferenceCatalog } from '../../lib/validations/article-sources';
import type { Database } from '../client';
import { articles, type NewArticle } from '../schema/articles';
import { clinicSettings } from '../schema/clinic';
import { practitioners } from '../schema/practitioners';
import { services } from '../schema/services';

export interface SeedArticlesOptions {
  /** Folder of `<slug>.md` files; defaults to content/articles. */
  dir?: string;
  /** The reference catalog; defaults to content/references.yaml. */
  referencesFile?: string;
}

export interface SeedArticlesResult {
  inserted: string[];
  /** Already in the database: left exactly as staff last saved them. */
  kept: string[];
}

const FALLBACK_TIME_ZONE = 'America/Los_Angeles';

/**
 * Loads content/articles/*.md into `articles`. Idempotent and non-destructive: an article whose
 * slug already exists is never touched, so edits made in the dashboard survive every re-seed.
 * Needs the practitioners and therapies the front matter names (seed the clinic first).
 */
export async function seedArticles(
  db: Database,
  options: SeedArticlesOptions = {},
): Promise<SeedArticlesResult> {
  const dir = options.dir ?? path.join(process.cwd(), 'content', 'articles');
  const sources = await readArticleSources(dir);
  if (sources.length === 0) return { inserted: [], kept: [] };
  const catalog = await loadReferenceCatalog(options.referencesFile);

  const [settings] = await db
    .select({ timeZone: clinicSettings.timeZone })
    .from(clinicSettings)
    .limit(1);
  const timeZone = settings?.timeZone ?? FALLBACK_TIME_ZONE;
  const people = new Map(
    (await db.select({ id: practitioners.id, slug: practitioners.slug }).from(practitioners)).map(
      (p) => [p.slug, p.id],
    ),
  );
  const therapies = new Map(
    (await db.select({ id: services.id, slug: services.slug }).from(services)).map((s) => [
      s.slug,
      s.id,
    ]),
  );

  const rows = sources.map(({ file, source }) =>
    toRow(file, source, { timeZone, people, therapies, catalog }),
  );
  const existing = new Set(
    (
      await db
        .select({ slug: articles.slug })
        .from(articles)
        .where(
          inArray(
            articles.slug,
            rows.map((r) => r.slug),
          ),
        )
    ).map((r) => r.slug),
  );
  const missing = rows.filter((r) => !existing.has(r.slug));
  if (missing.length > 0) {
    // One statement: all missing articles arrive together or not at all. A concurrent seed that
    // got there first wins; its rows are kept.
    await db.insert(articles).values(missing).onConflictDoNothing({ target: articles.slug });
  }
  return {
    inserted: missing.map((r) => r.slug),
    kept: rows.filter((r) => existing.has(r.slug)).map((r) => r.slug),
  };
}

async function readArticleSources(
  dir: string,
): Promise<Array<{ file: string; source: ArticleSource }>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      source: parseArticleSource(await readFile(path.join(dir, file), 'utf8'), file),
    })),
  );
}

interface Lookups {
  catalog: ReferenceCatalog;
  timeZone: string;
  people: Map<string, string>;
  therapies: Map<string, string>;
}

function toRow(
  file: string,
  { frontMatter: fm, body }: ArticleSource,
  lookups: Lookups,
): NewArticle {
  const practitionerId = (slug: string, field: string) => {
    const id = lookups.people.get(slug);
    if (!id) throw new Error(`${file}: ${field} "${slug}" is not a practitioner`);
    return id;
  };
  if (`${fm.slug}.md` !== file)
    throw new Error(`${file}: slug "${fm.slug}" must match the file name`);
  let therapyId: string | null = null;
  if (fm.therapy) {
    therapyId = lookups.therapies.get(fm.therapy) ?? null;
    if (!therapyId) throw new Error(`${file}: therapy "${fm.therapy}" is not a service`);
  }
  const published = Boolean(fm.publishedAt) && !fm.draft;
  return {
    slug: fm.slug,
    title: fm.title,
    description: fm.description,
    topic: fm.topic,
    bodyMarkdown: body,
    authorId: practitionerId(fm.author, 'author'),
    reviewedById: practitionerId(fm.reviewedBy, 'reviewedBy'),
    reviewedAt: clinicDate(fm.reviewedAt, lookups.timeZone),
    publishedAt: published && fm.publishedAt ? clinicDate(fm.publishedAt, lookups.timeZone) : null,
    updatedAt: clinicDate(fm.updatedAt, lookups.timeZone),
    therapyId,
    takeaways: fm.takeaways,
    related: fm.related,
    references: resolveReferences(fm.references, lookups.catalog, file),
    status: published ? 'published' : 'draft',
  };
}

/** A front-matter date means that day at the clinic: midnight there, stored as an instant. */
function clinicDate(date: string, timeZone: string): Date {
  const parsed = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  if (!parsed.isValid) throw new Error(`Invalid date "${date}"`);
  return parsed.toJSDate();
}
