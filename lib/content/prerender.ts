/**
 * Public pages are cached (README → Benchmarks, Security): Next renders them at build to learn
 * that they are static, but the build has no database, and its output is never served (the page
 * cache, lib/cache/page-cache-handler.mjs, starts empty on each instance and renders each page on
 * its first visit). So at build the pages render an empty shell instead of reading the database.
 */
export function renderingAtBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/** How long a cached public page may be served before it is rendered again, even if no staff
 * action revalidated it (a closure that ends, a date that passes): an hour. */
export const PUBLIC_PAGE_REVALIDATE_SECONDS = 3600;
