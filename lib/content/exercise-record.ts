import type { Exercise as ParsedExercise } from './exercises';
import { headingId } from './slugify';

/**
 * An exercise as the library stores it (db/schema/care-plans.ts `exercises`), without ids and
 * dates: what the seed makes from an article's `### Exercise:` block and what every renderer
 * (article card, My plan, the dashboard preview) reads.
 */
export interface ExerciseRecord {
  slug: string;
  name: string;
  purpose: string;
  steps: string[];
  defaultSets: number;
  defaultSetsMax: number | null;
  setsNote: string | null;
  defaultReps: number | null;
  defaultRepsMax: number | null;
  repsNote: string | null;
  defaultHoldSeconds: number | null;
  defaultHoldSecondsMax: number | null;
  defaultRestSeconds: number | null;
  defaultRestSecondsMax: number | null;
  easier: string | null;
  harder: string | null;
  cautions: string | null;
  illustrationSrc: string | null;
  illustrationAlt: string | null;
}

/** "Glute bridge" → "glute-bridge": the key an article's block and the library share. */
export function exerciseSlug(name: string): string {
  return headingId(name);
}

const RANGE = /^(\d+)(?:\s*[–-]\s*(\d+))?\s*(.*)$/;

function range(text: string): { min: number; max: number | null; rest: string } | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] ? Number(m[2]) : null;
  return { min, max: max !== null && max > min ? max : null, rest: (m[3] ?? '').trim() };
}

/** "30–60 seconds of slow rolling" → 30, 60, "of slow rolling"; "1 minute" → 60. */
function duration(text: string): { min: number; max: number | null; note: string | null } | null {
  const r = range(text);
  if (!r) return null;
  const unit = /^(seconds?|secs?|minutes?|mins?)\b\s*(.*)$/i.exec(r.rest);
  if (!unit) return null;
  const factor = /^min/i.test(unit[1]!) ? 60 : 1;
  return {
    min: r.min * factor,
    max: r.max === null ? null : r.max * factor,
    note: unit[2]?.trim() || null,
  };
}

/** The structured dose of an article block's "**Sets:** · **Reps:** · **Rest:**" line. */
export function parseDose(
  dose: Record<string, string>,
): Pick<
  ExerciseRecord,
  | 'defaultSets'
  | 'defaultSetsMax'
  | 'setsNote'
  | 'defaultReps'
  | 'defaultRepsMax'
  | 'repsNote'
  | 'defaultHoldSeconds'
  | 'defaultHoldSecondsMax'
  | 'defaultRestSeconds'
  | 'defaultRestSecondsMax'
> {
  const sets = range(dose.Sets ?? '1') ?? { min: 1, max: null, rest: '' };
  const repsText = (dose.Reps ?? '').trim();
  const held = /^hold\s+/i.test(repsText);
  const time = duration(repsText.replace(/^hold\s+/i, ''));
  const reps = !held && !time ? range(repsText) : null;
  const restText = (dose.Rest ?? '').trim();
  const rest = /^none$/i.test(restText) ? { min: 0, max: null, note: null } : duration(restText);
  return {
    defaultSets: sets.min,
    defaultSetsMax: sets.max,
    setsNote: sets.rest || null,
    defaultReps: reps?.min ?? null,
    defaultRepsMax: reps?.max ?? null,
    repsNote: reps ? reps.rest || null : (time?.note ?? null),
    defaultHoldSeconds: time?.min ?? null,
    defaultHoldSecondsMax: time?.max ?? null,
    defaultRestSeconds: rest?.min ?? null,
    defaultRestSecondsMax: rest?.max ?? null,
  };
}

/** An article's parsed block as a library record (the seed's job). */
export function recordFromBlock(block: ParsedExercise): ExerciseRecord {
  return {
    slug: exerciseSlug(block.name),
    name: block.name,
    purpose: block.notes.join('\n\n'),
    steps: block.steps,
    ...parseDose(block.dose),
    easier: block.easier,
    harder: block.harder,
    cautions: null,
    illustrationSrc: block.image?.src ?? null,
    illustrationAlt: block.image?.alt ?? null,
  };
}

const span = (min: number, max: number | null) => (max === null ? `${min}` : `${min}–${max}`);

function seconds(min: number, max: number | null): string {
  if (min % 60 === 0 && (max === null || max % 60 === 0)) {
    const top = max === null ? null : max / 60;
    return `${span(min / 60, top)} minute${min === 60 && top === null ? '' : 's'}`;
  }
  return `${span(min, max)} seconds`;
}

const withNote = (text: string, note: string | null) => (note ? `${text} ${note}` : text);

/** Label/value pairs of a record's default dose, as the article card and the library show it. */
export function doseLines(r: ExerciseRecord): Array<{ label: string; value: string }> {
  const lines = [
    { label: 'Sets', value: withNote(span(r.defaultSets, r.defaultSetsMax), r.setsNote) },
  ];
  if (r.defaultReps !== null) {
    lines.push({
      label: 'Reps',
      value: withNote(span(r.defaultReps, r.defaultRepsMax), r.repsNote),
    });
    if (r.defaultHoldSeconds !== null)
      lines.push({ label: 'Hold', value: seconds(r.defaultHoldSeconds, r.defaultHoldSecondsMax) });
  } else if (r.defaultHoldSeconds !== null) {
    lines.push({
      label: 'Time',
      value: withNote(seconds(r.defaultHoldSeconds, r.defaultHoldSecondsMax), r.repsNote),
    });
  }
  lines.push({
    label: 'Rest',
    value:
      r.defaultRestSeconds === null
        ? 'as needed'
        : r.defaultRestSeconds === 0
          ? 'None'
          : seconds(r.defaultRestSeconds, r.defaultRestSecondsMax),
  });
  return lines;
}
