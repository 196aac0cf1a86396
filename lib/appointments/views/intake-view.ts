import { RED_FLAG_LABELS } from '@/lib/clinical/red-flags';
import { LEG_PAIN, PAIN_AREAS, PAIN_DURATIONS } from '@/lib/validations/booking';

/** Intake answers as label/value pairs for the treating practitioner, whatever shape they were stored in. */
export function describeIntake(
  intake: Record<string, unknown>,
): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  for (const [key, raw] of Object.entries(intake)) {
    const known = KNOWN[key];
    const label = known?.label ?? humanize(key);
    const lookup = (v: unknown) => {
      const text = typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
      return known?.values?.[text] ?? text;
    };
    let value: string;
    if (Array.isArray(raw)) value = raw.length ? raw.map(lookup).join('; ') : 'None';
    else if (typeof raw === 'boolean') value = raw ? 'Yes' : 'No';
    else if (raw === null || raw === undefined || raw === '') value = '—';
    else value = lookup(raw);
    out.push({ label, value });
  }
  return out;
}

const KNOWN: Record<string, { label: string; values?: Record<string, string> }> = {
  patientType: { label: 'Patient', values: { new: 'New to the clinic', returning: 'Returning' } },
  painAreas: { label: 'Where it hurts', values: PAIN_AREAS },
  painArea: { label: 'Where it hurts' },
  painDuration: { label: 'How long', values: PAIN_DURATIONS },
  duration: { label: 'How long' },
  legPain: { label: 'Pain down a leg', values: LEG_PAIN },
  painDownLeg: { label: 'Pain down a leg' },
  redFlags: { label: 'Red flags ticked', values: RED_FLAG_LABELS },
};

function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
