import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, headlineOptions } from '@/db/queries/headline';
import { markdownExcerptToText, parseHeadline, withEllipses } from './highlight';

describe('parseHeadline', () => {
  it('splits marked and plain runs', () => {
    expect(parseHeadline(`Lying ${S}hamstring${E} stretch and ${S}hamstrings${E}`)).toEqual([
      { text: 'Lying ', mark: false },
      { text: 'hamstring', mark: true },
      { text: ' stretch and ', mark: false },
      { text: 'hamstrings', mark: true },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(parseHeadline(`<img onerror=x> ${S}<b>${E}`)).toEqual([
      { text: '<img onerror=x> ', mark: false },
      { text: '<b>', mark: true },
    ]);
  });

  it('ignores stray or unbalanced sentinels', () => {
    expect(parseHeadline(`a${E}b${S}c`)).toEqual([
      { text: 'ab', mark: false },
      { text: 'c', mark: true },
    ]);
    expect(parseHeadline('')).toEqual([]);
  });
});

describe('headlineOptions', () => {
  it('quotes the sentinels and adds options', () => {
    expect(headlineOptions({ MaxWords: 30, HighlightAll: true })).toBe(
      `StartSel="${S}", StopSel="${E}", MaxWords=30, HighlightAll=true`,
    );
  });
});

describe('markdownExcerptToText', () => {
  it('reduces Markdown syntax to readable text, even when cut mid-link', () => {
    expect(
      markdownExcerptToText(
        `### Exercise: Lying ${S}hamstring${E} stretch\n\n![Lying ${S}hamstring${E} stretch: on your back](/illustrations/x-${S}hamstring${E}-stretch.svg)\n\n**Sets:** 2`,
      ),
    ).toBe(
      `Exercise: Lying ${S}hamstring${E} stretch Lying ${S}hamstring${E} stretch: on your back Sets: 2`,
    );
    expect(markdownExcerptToText('see [the guide](/articles/core-str')).toBe('see the guide');
    expect(markdownExcerptToText('1. Lie down\n2. **Breathe**')).toBe('Lie down Breathe');
    expect(
      markdownExcerptToText('helps a little.[^3] See\n\n{{red-flags emergency}}\n\nmore [^1'),
    ).toBe('helps a little. See more');
    expect(markdownExcerptToText(`stretch ![Lying ${S}hamstring${E}`)).toBe(
      `stretch Lying ${S}hamstring${E}`,
    );
  });
});

describe('withEllipses', () => {
  it('marks cut sentence edges only', () => {
    expect(withEllipses(`itself is ${S}tight${E}`)).toBe(`… itself is ${S}tight${E} …`);
    expect(withEllipses('Whole sentence.')).toBe('Whole sentence.');
    expect(withEllipses('')).toBe('');
  });
});
