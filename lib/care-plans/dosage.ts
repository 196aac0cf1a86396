/** "3 sets × 10 reps, hold 5 s · 5× a week" for a prescription. */
export function dosageText(p: {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  perWeek: number;
}): string {
  const parts = [`${p.sets} set${p.sets === 1 ? '' : 's'}`];
  if (p.reps !== null) parts.push(`${p.reps} rep${p.reps === 1 ? '' : 's'}`);
  const dose =
    parts.join(' × ') +
    (p.holdSeconds !== null
      ? `${p.reps !== null ? ', hold' : ' of'} ${p.holdSeconds} seconds`
      : '');
  return `${dose} · ${p.perWeek === 7 ? 'every day' : `${p.perWeek}× a week`}`;
}
