const SKIP = new Set(['and', 'of', 'the', 'for', 'with', 'a', 'an']);

/**
 * A two- or three-letter mark for a therapy on the grid ("Chiropractic adjustment" → "CA"):
 * services have no colour of their own, and the status already owns the block's colour.
 */
export function serviceCode(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !SKIP.has(w.toLowerCase()));
  const code = words
    .slice(0, 3)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return code || '?';
}
