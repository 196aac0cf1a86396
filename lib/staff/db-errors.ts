import { sqlState } from '@/db/client';

/** The constraint a database error names (postgres.js: constraint_name, PGlite: constraint). */
export function constraintOf(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const named =
      (e as { constraint_name?: unknown; constraint?: unknown }).constraint_name ??
      (e as { constraint?: unknown }).constraint;
    if (typeof named === 'string') return named;
    e = (e as { cause?: unknown }).cause;
  }
  return '';
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}
