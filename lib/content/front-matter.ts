import { parse as parseYaml } from 'yaml';
import {
  articleFrontMatterSchema,
  type ArticleFrontMatter,
} from '@/lib/validations/article-sources';

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
