import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { scanForStrayWording } from '../lib/clinical/stray-wording';

/**
 * The build this run serves, read from disk: every server and browser chunk and every prerendered
 * page. Red-flag wording may only come from lib/clinical/red-flags.ts (lib/clinical/stray-wording.ts);
 * e2e/red-flags.spec.ts checks the rendered pages the same way.
 */
const dist = path.resolve(process.env.NEXT_DIST_DIR ?? '.next');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return files(file);
    return /\.(js|html|rsc|body)$/.test(name) ? [file] : [];
  });
}

test('the built pages word red flags only through the shared module', () => {
  const built = [...files(path.join(dist, 'server')), ...files(path.join(dist, 'static'))];
  expect(built.length).toBeGreaterThan(100);
  let own = 0;
  const stray: string[] = [];
  for (const file of built) {
    const scan = scanForStrayWording(readFileSync(file, 'utf8'));
    own += scan.own;
    stray.push(...scan.stray.map((text) => `${path.relative(dist, file)}: "${text}"`));
  }
  // The booking screen and the safety boxes carry the module's list into the build...
  expect(own).toBeGreaterThan(20);
  // ...and nothing else words a flag.
  expect(stray).toEqual([]);
});
