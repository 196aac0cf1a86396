import { describe, expect, it } from 'vitest';
import { addDays, clinicDate } from './calendar';

describe('clinic dates', () => {
  it('reads the local date, not the UTC one', () => {
    expect(clinicDate(new Date('2026-11-24T06:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-23');
  });

  it('adds calendar days across month ends and DST changes', () => {
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-03-01', 61)).toBe('2026-05-01');
  });

  it('reads today across the DST change in the clinic zone', () => {
    // 01:30 PDT and 01:30 PST on the night the clocks go back are both November 1st.
    expect(clinicDate(new Date('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01');
    expect(clinicDate(new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
  });
});
