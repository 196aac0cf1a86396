import { readFile, stat } from 'node:fs/promises';
import { canaryHits, canaryToken, devLogPath, serverLogPath } from './canary';

const MARKERS = ['e2e-server: stdout is logged', 'e2e-server: stderr is logged'];

/**
 * Fails the run when the server's log (scripts/e2e-server.sh) holds the canary patient's name or
 * e-mail. Prints line numbers and which canary matched, never the line: it holds patient details.
 * Refuses a vacuous pass: the log must exist, be this run's, and show both streams were captured.
 */
export default async function globalTeardown(): Promise<void> {
  const token = canaryToken();
  const file = serverLogPath();
  const info = await stat(file).catch(() => null);
  if (!info || info.size === 0)
    throw new Error(
      `Log canary: the server log ${file} is missing or empty, so nothing was checked.`,
    );
  // The script truncates the log when Playwright starts it, so an older log is not this run's.
  if (info.mtimeMs < performance.timeOrigin - 1_000)
    throw new Error(`Log canary: ${file} was last written before this run started.`);

  const lines = (await readFile(file, 'utf8')).split('\n');
  const missing = MARKERS.filter((m) => !lines.some((l) => l.includes(m)));
  if (missing.length)
    throw new Error(
      `Log canary: ${file} lacks "${missing.join('", "')}": the server's output is not all logged.`,
    );

  const hits = canaryHits(lines.join('\n'), token);
  if (hits.length) {
    throw new Error(
      `Log canary: the server logged a patient's details (${hits.length} line(s) of ${file}):\n${hits.join('\n')}`,
    );
  }
  console.log(`log canary: ${lines.length} lines of the server log checked, no patient details`);
  await checkDevLog(token);
}

/**
 * The `next dev` log of this run, when e2e/dev-log-canary.spec.ts ran (it checks its own log too;
 * this also catches what the server printed while shutting down).
 */
async function checkDevLog(token: string): Promise<void> {
  const file = devLogPath();
  const info = await stat(file).catch(() => null);
  if (!info || info.mtimeMs < performance.timeOrigin - 1_000) return;
  const hits = canaryHits(await readFile(file, 'utf8'), token);
  if (hits.length)
    throw new Error(
      `Log canary: next dev logged a password or patient's details (${hits.length} line(s) of ${file}):\n${hits.join('\n')}`,
    );
  console.log(`log canary: the next dev log was checked too, no patient details`);
}
