import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown, renderInlineMarkdown } from './markdown';

const size = () => ({ width: 320, height: 180 });

/** Every attribute value of every tag in the output, e.g. all hrefs. */
function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'gi'))].map((m) => m[1] ?? '');
}

describe('renderArticleMarkdown: nothing in an article can run', () => {
  const attacks: Record<string, string> = {
    'raw <script> block': '<script>alert(1)</script>\n\nAfter.',
    'inline <script>': 'Hello <script>alert(1)</script> world',
    'img onerror': 'Look: <img src="x" onerror="alert(1)">',
    'svg onload': '<svg onload="alert(1)"><circle r="4"/></svg>',
    'raw iframe': '<iframe src="https://evil.example/"></iframe>',
    'iframe with srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    'javascript: link': '[click me](javascript:alert(1))',
    'mixed-case javascript: link': '[click me](JaVaScRiPt:alert(1))',
    'entity-encoded javascript: link': '[click me](&#106;avascript:alert(1))',
    'javascript: autolink': '<javascript:alert(1)>',
    'javascript: reference link': '[click][x]\n\n[x]: javascript:alert(1)',
    'javascript: image': '![x](javascript:alert(1))',
    'data: URL link': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    'raw anchor with javascript:': '<a href="javascript:alert(1)">x</a>',
    'style tag': '<style>body{display:none}</style>',
    'object/embed': '<object data="x.swf"></object><embed src="x.swf">',
    form: '<form action="https://evil.example"><button>Go</button></form>',
    'meta refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    'event handler in heading': '## Hi <b onmouseover="alert(1)">there</b>',
  };

  for (const [name, markdown] of Object.entries(attacks)) {
    it(`neutralises ${name}`, () => {
      const { html } = renderArticleMarkdown(markdown, { imageSize: size });
      expect(html).not.toMatch(/<(script|iframe|object|embed|style|form|meta|svg|button)\b/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      // `javascript:` may survive as visible text, never inside an attribute.
      expect(html).not.toMatch(/=\s*"[^"]*javascript:/i);
      expect(html).not.toMatch(/srcdoc/i);
      for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        expect(href).toMatch(/^(https?:|mailto:|\/(?!\/)|#)/);
      }
    });
  }

  it('keeps the text of an escaped-looking but harmless body', () => {
    const { html } = renderArticleMarkdown('Use `<script>` tags? **No.** 2 < 3 & 4 > 1');
    expect(html).toContain('<code>&#x3C;script></code>');
    expect(html).toContain('2 &#x3C; 3 &#x26; 4 > 1');
  });

  it('drops images from other origins but keeps their alt text', () => {
    const { html } = renderArticleMarkdown('![A tracking pixel](https://tracker.example/p.gif)');
    expect(html).not.toContain('<img');
    expect(html).toContain('A tracking pixel');
  });

  it('marks absolute links nofollow noopener', () => {
    const { html } = renderArticleMarkdown('[NHS](https://www.nhs.uk/conditions/back-pain/)');
    expect(html).toContain(
      '<a href="https://www.nhs.uk/conditions/back-pain/" rel="nofollow noopener noreferrer">NHS</a>',
    );
  });
});

describe('renderArticleMarkdown: structure', () => {
  const body = [
    '# Stray top-level heading',
    '',
    'Intro.',
    '',
    '## When to stretch',
    '',
    'Text.',
    '',
    '## The routine',
    '',
    '### Exercise: Lying hamstring stretch',
    '',
    '![Lying hamstring stretch](/illustrations/hamstring.svg)',
    '',
    '**Sets:** 2–3 per leg · **Reps:** hold 20–30 seconds · **Rest:** 10 seconds',
    '',
    '1. Lie on your back.',
    '2. Lift one leg.',
    '',
    '**Make it easier:** bend the other knee.',
    '',
    '### Exercise: Cat-cow',
    '',
    '**Sets:** 1 · **Reps:** 8 · **Rest:** 20 seconds',
    '',
    '### Not an exercise',
    '',
    'Plain section.',
    '',
    '## When to see a professional',
    '',
    '## When to stretch',
  ].join('\n');
  const { html, toc } = renderArticleMarkdown(body, {
    imageSize: size,
    reservedIds: ['the-routine'],
  });

  it('demotes a body h1 so the page keeps one h1', () => {
    expect(html).not.toContain('<h1');
    expect(toc[0]).toEqual({ id: 'stray-top-level-heading', text: 'Stray top-level heading' });
  });

  it('builds the table of contents from ## headings with unique ids', () => {
    expect(toc.map((t) => t.id)).toEqual([
      'stray-top-level-heading',
      'when-to-stretch',
      'the-routine-2',
      'when-to-see-a-professional',
      'when-to-stretch-2',
    ]);
    expect(html).toContain('<h2 id="when-to-see-a-professional">When to see a professional</h2>');
  });

  it('turns each ### Exercise: section into a labelled card', () => {
    const cards = html.match(/<section class="exercise"[\s\S]*?<\/section>/g) ?? [];
    expect(cards).toHaveLength(2);
    const [first, second] = cards;
    expect(first).toContain('aria-labelledby="exercise-lying-hamstring-stretch"');
    expect(first).toContain(
      '<span class="exercise-label">Exercise</span> <span>Lying hamstring stretch</span>',
    );
    expect(first).toContain(
      '<dl class="exercise-dose"><div><dt>Sets</dt><dd>2–3 per leg</dd></div><div><dt>Reps</dt><dd>hold 20–30 seconds</dd></div><div><dt>Rest</dt><dd>10 seconds</dd></div></dl>',
    );
    expect(first).toContain('<ol class="exercise-steps">');
    expect(first).toContain('<strong>Make it easier:</strong>');
    expect(second).toContain('Cat-cow');
    expect(second).not.toContain('Not an exercise');
    expect(html).toMatch(/<\/section>\s*<h3 id="not-an-exercise">Not an exercise<\/h3>/);
  });

  it('wraps tables in a focusable scrolling region', () => {
    const { html: table } = renderArticleMarkdown('| Week | Plank |\n| --- | --- |\n| 1 | 20 s |');
    expect(table).toMatch(/^<section class="md-table" aria-label="Table" tabindex="0"><table>/);
  });

  it('gives images their size, lazy loading and a figure inside exercise cards', () => {
    expect(html).toContain(
      '<figure class="exercise-figure"><img src="/illustrations/hamstring.svg" alt="Lying hamstring stretch" width="320" height="180" loading="lazy" decoding="async"></figure>',
    );
  });
});

describe('renderArticleMarkdown: notes, red-flag lists and FAQ', () => {
  it('links [^n] notes to the references and reports ones without a reference', () => {
    const { html, citations, problems } = renderArticleMarkdown(
      'Heat helps a little.[^2] Staying active helps.[^1] Again.[^2] Missing.[^3]\n\n`[^1]` in code stays.',
      { referenceCount: 2 },
    );
    expect(citations).toEqual([2, 1]);
    expect(html).toContain(
      '<sup class="cite"><a href="#ref-2" id="cite-2"><span class="sr-only">Reference </span>[2]</a></sup>',
    );
    // Only the first citation of a note carries the id the reference list links back to.
    expect(html.match(/id="cite-2"/g)).toHaveLength(1);
    expect(html).toContain('Missing.[^3]');
    expect(html).toContain('<code>[^1]</code>');
    expect(problems).toEqual(['Note [^3] has no matching reference.']);
  });

  it('turns {{red-flags <tier>}} into the shared list and flags unknown tiers', () => {
    const { html, problems } = renderArticleMarkdown(
      'Call now:\n\n{{red-flags emergency}}\n\n{{red-flags someday}}',
    );
    expect(html).toMatch(
      /<ul data-red-flags="emergency" class="red-flag-list"><li>Numbness in the saddle area/,
    );
    expect(html).toContain('<li>Chest pain</li>');
    expect(html).toContain('{{red-flags someday}}');
    expect(problems).toEqual([
      'Unknown red-flag list "someday": use emergency or see-doctor-today.',
    ]);
  });

  it('reads the FAQ section into question and answer pairs', () => {
    const { faq } = renderArticleMarkdown(
      [
        '## Frequently asked questions',
        '',
        '### Can I run?',
        '',
        'Usually, yes.[^1]',
        '',
        'Start easy.',
        '',
        '### Do I need a scan?',
        '',
        'Usually not.',
        '',
        '## When to see a professional',
        '',
        'Book.',
      ].join('\n'),
      { referenceCount: 1 },
    );
    expect(faq).toEqual([
      { question: 'Can I run?', answer: 'Usually, yes.\n\nStart easy.' },
      { question: 'Do I need a scan?', answer: 'Usually not.' },
    ]);
  });
});

describe('renderInlineMarkdown', () => {
  it('renders a reference line with a safe link and no wrapping paragraph', () => {
    expect(
      renderInlineMarkdown(
        'NICE. *Title*. [nice.org.uk/x](https://www.nice.org.uk/x) (accessed May 1, 2026).',
      ),
    ).toBe(
      'NICE. <em>Title</em>. <a href="https://www.nice.org.uk/x" rel="nofollow noopener noreferrer">nice.org.uk/x</a> (accessed May 1, 2026).',
    );
    expect(renderInlineMarkdown('[x](javascript:alert(1)) <script>1</script>')).not.toMatch(
      /javascript:|<script/,
    );
  });
});
