import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doseLines, exerciseSlug, parseDose, recordFromBlock } from './exercise-record';
import { parseExercises } from './exercises';
import { parseArticleSource } from './front-matter';

const dir = path.join(process.cwd(), 'content', 'articles');
const blocks = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .flatMap((file) =>
    parseExercises(parseArticleSource(readFileSync(path.join(dir, file), 'utf8'), file).body),
  );

describe('exercise records from article blocks', () => {
  it('finds the shipped exercises', () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it.each(blocks.map((b) => [b.name, b] as const))(
    '%s keeps its dose, steps and variations',
    (_, block) => {
      const record = recordFromBlock(block);
      expect(record.slug).toBe(exerciseSlug(block.name));
      expect(record.steps).toEqual(block.steps);
      expect(record.easier).toBe(block.easier);
      expect(record.illustrationSrc).toBe(block.image?.src);
      // What the card shows is what the article said ("hold 20–30 seconds" shows as a time).
      const shown = Object.fromEntries(doseLines(record).map((l) => [l.label, l.value]));
      expect(shown.Sets).toBe(block.dose.Sets);
      expect(shown.Rest).toBe(block.dose.Rest);
      expect(shown.Reps ?? shown.Time).toBe(block.dose.Reps!.replace(/^hold /i, ''));
    },
  );

  it('reads ranges, holds and minutes into numbers', () => {
    expect(
      parseDose({ Sets: '2–3 per side', Reps: 'hold 20–30 seconds', Rest: '1 minute' }),
    ).toEqual({
      defaultSets: 2,
      defaultSetsMax: 3,
      setsNote: 'per side',
      defaultReps: null,
      defaultRepsMax: null,
      repsNote: null,
      defaultHoldSeconds: 20,
      defaultHoldSecondsMax: 30,
      defaultRestSeconds: 60,
      defaultRestSecondsMax: null,
    });
    expect(parseDose({ Sets: '1', Reps: '10 each leg', Rest: 'None' })).toMatchObject({
      defaultReps: 10,
      repsNote: 'each leg',
      defaultRestSeconds: 0,
    });
  });
});
