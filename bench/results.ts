import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'bench/results.json';

/** Merges one benchmark's figures into bench/results.json under its own key, with the time. */
export function saveResults(key: string, figures: Record<string, unknown>): void {
  const current: Record<string, unknown> = existsSync(FILE)
    ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>)
    : {};
  current[key] = { measuredAt: new Date().toISOString(), ...figures };
  writeFileSync(FILE, `${JSON.stringify(current, null, 2)}\n`);
}
