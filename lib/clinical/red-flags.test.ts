import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RED_FLAG_KEYS,
  RED_FLAGS,
  redFlagGuidanceText,
  redFlagsOf,
  triageRedFlags,
  URGENCY,
  bookingScreening,
} from './red-flags';

describe('the red-flag list', () => {
  it('has exactly the two tiers the clinical review asked for, with stable keys', () => {
    expect(redFlagsOf('emergency').map((f) => f.key)).toEqual([
      'saddle_numbness',
      'bladder_bowel',
      'sexual_dysfunction',
      'leg_weakness',
      'chest_pain',
    ]);
    expect(redFlagsOf('see-doctor-today').map((f) => f.key)).toEqual([
      'fever',
      'cancer_history',
      'weight_loss',
      'night_pain',
      'trauma',
      'age_or_bone_risk',
      'immune_or_drug_use',
    ]);
    expect(new Set(RED_FLAG_KEYS).size).toBe(RED_FLAGS.length);
  });

  it('words every flag so that its own search terms find it (the stray-copy check relies on that)', () => {
    for (const flag of RED_FLAGS) {
      expect(flag.terms.length, flag.key).toBeGreaterThan(0);
      expect(
        flag.terms.some((term) => flag.label.toLowerCase().includes(term.toLowerCase())),
        `${flag.key}: "${flag.label}"`,
      ).toBe(true);
    }
  });

  it('sorts ticked flags into the highest tier', () => {
    expect(triageRedFlags([]).tier).toBeNull();
    expect(triageRedFlags(['fever', 'trauma']).tier).toBe('see-doctor-today');
    const mixed = triageRedFlags(['fever', 'chest_pain', 'chest_pain', 'made_up']);
    expect(mixed.tier).toBe('emergency');
    expect(mixed.emergency.map((f) => f.key)).toEqual(['chest_pain']);
    expect(mixed.seeDoctorToday.map((f) => f.key)).toEqual(['fever']);
  });

  it('decides what an online booking may do with the ticked signs', () => {
    expect(bookingScreening([], undefined)).toEqual({ kind: 'clear' });
    expect(bookingScreening([], true)).toEqual({ kind: 'clear' });
    // An emergency sign stops the booking whatever was acknowledged.
    const stop = bookingScreening(['fever', 'saddle_numbness'], true);
    expect(stop.kind).toBe('emergency');
    expect(stop.kind === 'emergency' && stop.flags.map((f) => f.key)).toEqual(['saddle_numbness']);
    expect(bookingScreening(['night_pain'], undefined).kind).toBe('needs_acknowledgement');
    expect(bookingScreening(['night_pain'], false).kind).toBe('needs_acknowledgement');
    const go = bookingScreening(['night_pain', 'weight_loss', 'night_pain'], true);
    expect(go.kind).toBe('acknowledged');
    expect(go.kind === 'acknowledged' && go.flags.map((f) => f.key)).toEqual([
      'weight_loss',
      'night_pain',
    ]);
  });

  it('gives e-mails the same words as the pages', () => {
    const text = redFlagGuidanceText('emergency');
    expect(text).toContain('Call 911 now');
    for (const flag of redFlagsOf('emergency')) expect(text).toContain(flag.label);
    expect(URGENCY).toEqual({
      emergency: 'call 911 now',
      seeDoctorToday: 'see a doctor today',
      book: 'book with us',
    });
  });
});

/**
 * No page, component or message words a red flag its own way: outside lib/clinical, no source
 * file may contain any flag's search terms. Articles ask for the lists with `{{red-flags …}}`.
 * The rendered pages are checked the same way in e2e/red-flags.spec.ts.
 */
describe('red-flag wording lives in one module', () => {
  const root = process.cwd();
  const scanned = ['app', 'components', 'lib', 'content', 'db/seed'];
  const extensions = /\.(tsx?|md|ya?ml)$/;
  function files(dir: string): string[] {
    return readdirSync(path.join(root, dir)).flatMap((name) => {
      const rel = path.posix.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) return files(rel);
      return extensions.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
    });
  }

  const terms = RED_FLAGS.flatMap((flag) => flag.terms.map((term) => ({ flag: flag.key, term })));
  const hitsIn = (text: string) => {
    const lower = text.replace(/\{\{\s*red-flags[^}]*\}\}/g, '').toLowerCase();
    return terms.filter(({ term }) => lower.includes(term.toLowerCase()));
  };

  it('finds no stray copies outside lib/clinical', () => {
    const stray = scanned
      .flatMap(files)
      .filter((file) => !file.startsWith('lib/clinical/'))
      .flatMap((file) =>
        hitsIn(readFileSync(path.join(root, file), 'utf8')).map(
          ({ flag, term }) => `${file}: "${term}" (${flag})`,
        ),
      );
    expect(stray).toEqual([]);
  });
});
