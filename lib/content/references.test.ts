import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatReference, referenceLineProblem } from './references';

describe('references', () => {
  it('formats a reference as one Markdown line with its dates and link', () => {
    expect(
      formatReference({
        source: 'National Institute for Health and Care Excellence (NICE)',
        title: 'Low back pain and sciatica in over 16s (NG59)',
        published: '2016-11-30',
        updated: '2020-12',
        url: 'https://www.nice.org.uk/guidance/ng59',
        accessed: '2026-12-06',
      }),
    ).toBe(
      'National Institute for Health and Care Excellence (NICE). *Low back pain and sciatica in over 16s (NG59)*. Published November 30, 2016; updated December 2020. [www.nice.org.uk/guidance/ng59](https://www.nice.org.uk/guidance/ng59) (accessed December 6, 2026).',
    );
  });

  it('leaves out a publication date a living page doesn’t have, and escapes Markdown', () => {
    const line = formatReference({
      source: 'NHS',
      title: 'Back pain *and* [more]',
      url: 'https://www.nhs.uk/conditions/back-pain/',
      accessed: '2026-01-05',
    });
    expect(line).toBe(
      'NHS. *Back pain \\*and\\* \\[more\\]*. [www.nhs.uk/conditions/back-pain](https://www.nhs.uk/conditions/back-pain/) (accessed January 5, 2026).',
    );
    expect(formatPartialDate('2017')).toBe('2017');
  });

  it('asks editors for a link and a checked date', () => {
    expect(referenceLineProblem('NICE. Guideline.')).toBe('needs an https:// link');
    expect(referenceLineProblem('NICE. [x](https://nice.org.uk).')).toMatch(/date it was checked/);
    expect(
      referenceLineProblem('NICE. [x](https://nice.org.uk) (accessed December 6, 2026).'),
    ).toBeNull();
  });
});
