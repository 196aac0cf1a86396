import { parse as parseYaml } from 'yaml';
import { z } from '@/lib/validations/zod';
import { articleTopic } from '@/db/schema/articles';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "core-strength"');
/** A calendar date; YAML's core schema keeps it a string, so no time zone sneaks in here. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-04');
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
    reviewedAt: isoDate,
    /** Omitted (or `draft: true`) for a draft. */
    publishedAt: isoDate.optional(),
    updatedAt: isoDate,
    therapy: slug.optional(),
    draft: z.boolean().optional(),
    takeaways: z.array(text).default([]),
    related: z.array(slug).default([]),
    /** Ids from content/references.yaml, in the order the body's [^n] notes number them. */
    references: z.array(slug).default([]),
  })
  .strict();

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export interface ArticleSource {
  frontMatter: ArticleFrontMatter;
  body: string;
}

export class FrontMatterError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'FrontMatterError';
  }
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` YAML front matter from the Markdown body and validates it. */
export function parseArticleSource(source: string, file = 'article'): ArticleSource {
  const text = source.replace(/^\uFEFF/, '');
  const match = fence.exec(text);
  if (!match) throw new FrontMatterError(file, 'must start with a `---` front matter block');
  let data: unknown;
  try {
    // The core schema: dates stay strings, no custom tags, no merge keys.
    data = parseYaml(match[1] ?? '', { schema: 'core', uniqueKeys: true });
  } catch (error) {
    throw new FrontMatterError(
      file,
      `invalid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = articleFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new FrontMatterError(file, issues);
  }
  if (parsed.data.related.includes(parsed.data.slug)) {
    throw new FrontMatterError(file, 'related: an article cannot be related to itself');
  }
  return { frontMatter: parsed.data, body: text.slice(match[0].length).trim() + '\n' };
}
