import { joinWithAnd, weekdayName } from '@/lib/format';

const PART_LABELS: Record<string, string> = {
  morning: 'mornings',
  afternoon: 'afternoons',
  evening: 'evenings',
};

/** "Mondays and Wednesdays; mornings and evenings", or "Any day; any time". */
export function describePreferences(weekdays: readonly number[], parts: readonly string[]): string {
  const days =
    weekdays.length === 7
      ? 'Any day'
      : joinWithAnd([...weekdays].sort().map((d) => `${weekdayName(d)}s`));
  const times =
    parts.length === 3 ? 'any time' : joinWithAnd(parts.map((p) => PART_LABELS[p] ?? p));
  return `${days}; ${times}`;
}
