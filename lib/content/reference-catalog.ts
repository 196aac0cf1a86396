import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { referenceCatalogSchema, type ReferenceCatalog } from '@/lib/validations/article-sources';
import { formatReference } from './references';

/** Reads and validates content/references.yaml (the seed and the content tests use it). */
export async function loadReferenceCatalog(
  file = path.join(process.cwd(), 'content', 'references.yaml'),
): Promise<ReferenceCatalog> {
  const data: unknown = parseYaml(await readFile(file, 'utf8'), {
    schema: 'core',
    uniqueKeys: true,
  });
  const parsed = referenceCatalogSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path.basename(file)}: ${issues}`);
  }
  return parsed.data;
}

/** The reference lines an article stores, from its front matter's ids; unknown ids are an error. */
export function resolveReferences(ids: readonly string[], catalog: ReferenceCatalog, file: string) {
  return ids.map((id) => {
    const ref = catalog[id];
    if (!ref) throw new Error(`${file}: reference "${id}" is not in content/references.yaml`);
    return formatReference(ref);
  });
}
