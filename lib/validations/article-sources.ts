import { articleTopic } from '@/db/schema/articles';
import { z } from './zod';

/**
 * The schemas of the article sources in content/: each file's front matter and the references it
 * cites (content/references.yaml). Checked when the content is read and by the content tests.
 */

/** A calendar date; YAML's core schema keeps it a string, so no time zone sneaks in here. */
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-04');
/** A year, a month or a day: sources are dated as precisely as they date themselves. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, a month or a date, like 2017 or 2016-11-30');

export const referenceSchema = z
  .object({
    /** Authors or the publishing body, and for papers the journal, volume and pages. */
    source: z.string().trim().min(1),
    title: z.string().trim().min(1),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// link' }),
    /** Omitted for living web pages that don't say when they were written. */
    published: partialDate.optional(),
    updated: partialDate.optional(),
    /** When the link was last checked against what the article says. */
    accessed: calendarDate,
  })
  .strict();

export type Reference = z.infer<typeof referenceSchema>;

/** content/references.yaml: every source the articles cite, by id. */
export const referenceCatalogSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case slugs'),
  referenceSchema,
);
export type ReferenceCatalog = z.infer<typeof referenceCatalogSchema>;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "core-strength"');
const text = z.string().trim().min(1);

/** The front matter every file in content/articles must have. Unknown keys are an error. */
export const articleFrontMatterSchema = z
  .object({
    title: text,
    slug,
    description: text,
    topic: z.enum(articleTopic.enumValues),
    author: slug,
    reviewedBy: slug,
    reviewedAt: calendarDate,
    /** Omitted (or `draft: true`) for a draft. */
    publishedAt: calendarDate.optional(),
    updatedAt: calendarDate,
    therapy: slug.optional(),
    draft: z.boolean().optional(),
    takeaways: z.array(text).default([]),
    related: z.array(slug).default([]),
    /** Ids from content/references.yaml, in the order the body's [^n] notes number them. */
    references: z.array(slug).default([]),
  })
  .strict();

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
