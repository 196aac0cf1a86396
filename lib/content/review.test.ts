import { describe, expect, it } from 'vitest';
import { nextReviewDue, reviewState } from './review';

const zone = 'America/Los_Angeles';

describe('article review dates', () => {
  it('falls due on the same calendar day a year later, in the clinic’s time zone', () => {
    // Midnight in Portland on March 1 (PST), due midnight on March 1 the next year.
    expect(nextReviewDue('2026-03-01T08:00:00.000Z', zone).toISOString()).toBe(
      '2027-03-01T08:00:00.000Z',
    );
    // A review in summer (PDT) falls due at local midnight a year on, not 24 × 365 hours later.
    expect(nextReviewDue(new Date('2026-07-10T07:00:00.000Z'), zone).toISOString()).toBe(
      '2027-07-10T07:00:00.000Z',
    );
  });

  it('warns 30 days ahead, then calls it overdue', () => {
    const reviewed = new Date('2025-12-15T08:00:00.000Z');
    expect(reviewState(null, zone)).toBe('never');
    expect(reviewState(reviewed, zone, new Date('2026-11-01T00:00:00Z'))).toBe('current');
    expect(reviewState(reviewed, zone, new Date('2026-11-20T00:00:00Z'))).toBe('due-soon');
    expect(reviewState(reviewed, zone, new Date('2026-12-16T00:00:00Z'))).toBe('overdue');
  });
});
