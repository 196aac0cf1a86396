import { describe, expect, it } from 'vitest';
import { describePreferences } from './describe';

describe('describePreferences', () => {
  it('says days and parts of the day in words', () => {
    expect(describePreferences([3, 1], ['morning'])).toBe('Mondays and Wednesdays; mornings');
    expect(describePreferences([1, 2, 3, 4, 5, 6, 7], ['morning', 'afternoon', 'evening'])).toBe(
      'Any day; any time',
    );
    expect(describePreferences([6], ['afternoon', 'evening'])).toBe(
      'Saturdays; afternoons and evenings',
    );
  });
});
