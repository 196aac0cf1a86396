import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { recordFromBlock } from '../../lib/content/exercise-record';
import { parseExercises } from '../../lib/content/exercises';
import { parseArticleSource } from '../../lib/content/front-matter';
import type { Database } from '../client';
import { exercises, type NewExercise } from '../schema/care-plans';

/**
 * The exercise library from the article sources' `### Exercise:` blocks (content/articles, in
 * file-name order; the first block of a name wins, later ones with the same name render from
 * it). Idempotent and non-destructive like the articles' seed: an exercise whose slug exists is
 * left as staff last saved it.
 */
export async function seedExercises(
  db: Database,
  dir = path.join(process.cwd(), 'content', 'articles'),
): Promise<{ inserted: number }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const bySlug = new Map<string, NewExercise>();
  for (const file of files) {
    const { frontMatter, body } = parseArticleSource(
      await readFile(path.join(dir, file), 'utf8'),
      file,
    );
    for (const block of parseExercises(body)) {
      const record = recordFromBlock(block);
      if (!bySlug.has(record.slug))
        bySlug.set(record.slug, { ...record, sourceArticleSlug: frontMatter.slug });
    }
  }
  if (bySlug.size === 0) return { inserted: 0 };
  const inserted = await db
    .insert(exercises)
    .values([...bySlug.values()])
    .onConflictDoNothing({ target: exercises.slug })
    .returning({ id: exercises.id });
  return { inserted: inserted.length };
}
