import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '@/content/illustrations/build';

const publicDir = path.join(process.cwd(), 'public', 'illustrations');
const articlesDir = path.join(process.cwd(), 'content', 'articles');

describe('exercise illustrations', () => {
  const generated = renderAll();

  it('are up to date with content/illustrations (run `npm run content:illustrations`)', () => {
    const onDisk = readdirSync(publicDir).filter((f) => f.endsWith('.svg'));
    expect(onDisk.sort()).toEqual([...generated.keys()].sort());
    for (const [file, svg] of generated) {
      expect(readFileSync(path.join(publicDir, file), 'utf8'), file).toBe(svg);
    }
  });

  it('show a start and an end position, with arrows for the movement', () => {
    for (const [file, svg] of generated) {
      expect(svg.match(/<g transform="translate\(\d+ 0\)">/g), file).toHaveLength(2);
      const comparison = /overstrid|cadence-drill|cat-cow|pelvic-tilt|straight-leg/.test(file);
      if (!comparison) expect(svg, file).toContain('marker-end="url(#arrowhead)"');
    }
  });

  it('are all used by an article', () => {
    const markdown = readdirSync(articlesDir)
      .map((f) => readFileSync(path.join(articlesDir, f), 'utf8'))
      .join('\n');
    const unused = [...generated.keys()].filter(
      (file) => !markdown.includes(`/illustrations/${file}`),
    );
    expect(unused).toEqual([]);
  });
});
