import { readFile, stat } from 'node:fs/promises';
import { canaryNeedles, canaryToken, serverLogPath } from './canary';

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
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

  const needles = canaryNeedles(token);
  const hits: string[] = [];
  lines.forEach((line, i) => {
    const text = line.replace(ANSI, '').toLowerCase();
    const matched = needles.filter((n) => text.includes(n.needle)).map((n) => n.what);
    if (matched.length) hits.push(`  line ${i + 1}: ${[...new Set(matched)].join(', ')}`);
  });
  if (hits.length) {
    throw new Error(
      `Log canary: the server logged a patient's details (${hits.length} line(s) of ${file}):\n${hits.join('\n')}`,
    );
  }
  console.log(`log canary: ${lines.length} lines of the server log checked, no patient details`);
}
