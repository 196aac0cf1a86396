import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Server action ids of the build under test, read from its manifest (`NEXT_DIST_DIR`, as in
 * next.config.ts), so specs can POST to actions the way Next's client does — or the way an
 * attacker would, without the client.
 */
interface Manifest {
  node: Record<string, { exportedName?: string; filename?: string }>;
}

let manifest: Manifest | undefined;

export function actionId(file: string, exportedName: string): string {
  manifest ??= JSON.parse(
    readFileSync(
      path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'),
      'utf8',
    ),
  ) as Manifest;
  const found = Object.entries(manifest.node).find(
    // Paths are relative to the build's root, which may sit above this checkout.
    ([, entry]) =>
      (entry.filename === file || entry.filename?.endsWith(`/${file}`)) &&
      entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${file}: is the build current?`);
  return found[0];
}

/** Headers of a server action call as Next's client sends them, minus Origin. */
export function actionHeaders(
  id: string,
  contentType = 'text/plain;charset=UTF-8',
): Record<string, string> {
  return { 'Next-Action': id, Accept: 'text/x-component', 'Content-Type': contentType };
}

/** The action's return value from a Flight response (`1:{…}` line), or null when there is none. */
export function actionResult(flight: string): unknown {
  const line = flight.split('\n').find((l) => l.startsWith('1:'));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(2)) as unknown;
  } catch {
    return null;
  }
}
