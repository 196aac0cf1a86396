import { RED_FLAG_LABELS } from '@/lib/clinical/red-flags';
import { LEG_PAIN, PAIN_AREAS, PAIN_DURATIONS } from '@/lib/validations/booking';

/**
 * Intake answers as label/value text pairs for staff who may read them (never HTML: React or the
 * CSV writer escapes the text). Knows the booking form's codes; anything else is shown as given.
 */

const LABELS: Record<string, string> = {
  painAreas: 'Where it hurts',
  painArea: 'Where it hurts',
  painDuration: 'How long',
  duration: 'How long',
  legPain: 'Pain down a leg',
  painDownLeg: 'Pain down a leg',
  redFlags: 'Warning signs reported',
};

const CODES: Record<string, Record<string, string>> = {
  painAreas: PAIN_AREAS,
  painDuration: PAIN_DURATIONS,
  legPain: LEG_PAIN,
  redFlags: RED_FLAG_LABELS,
};

function valueText(key: string, value: unknown): string {
  const codes = CODES[key];
  const one = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? 'Yes' : 'No';
    if (typeof v === 'string') return codes?.[v] ?? v;
    if (typeof v === 'number') return String(v);
    return JSON.stringify(v) ?? '';
  };
  if (Array.isArray(value)) return value.length ? value.map(one).join('; ') : 'None';
  return one(value);
}

export function intakeEntries(
  intake: Record<string, unknown> | null | undefined,
): Array<{ label: string; value: string }> {
  if (!intake) return [];
  return Object.entries(intake).map(([key, value]) => ({
    label: LABELS[key] ?? key,
    value: valueText(key, value),
  }));
}

export function intakeText(intake: Record<string, unknown> | null | undefined): string {
  return intakeEntries(intake)
    .map((e) => `${e.label}: ${e.value}`)
    .join(' | ');
}
