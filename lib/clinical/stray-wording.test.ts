import { describe, expect, it } from 'vitest';
import { redFlag } from './red-flags';
import { scanForStrayWording } from './stray-wording';

describe('the built-code scan for red-flag wording', () => {
  it('accepts the module’s own keys, labels and terms, however the bundler escaped them', () => {
    const label = redFlag('night_pain').label; // has a typographic apostrophe
    const escaped = JSON.stringify(label).replace(/’/g, '\\u2019');
    const chunk = `const a={key:"night_pain",label:${escaped},terms:["night pain","pain at night"]};x('chest_pain','Chest pain')`;
    // Keys carry no term (`night_pain`); the label and the three terms are the module's.
    expect(scanForStrayWording(chunk)).toEqual({ own: 4, stray: [] });
  });

  it('reports a literal that words a flag its own way, in JSX text or a template', () => {
    const chunk = [
      '(0,r.jsx)("li",{children:"Numbness in the groin or the saddle area"})',
      'const m=`New trouble controlling your bladder`;',
      'const ok="Lower back";',
    ].join('\n');
    expect(scanForStrayWording(chunk).stray).toEqual([
      'numbness in the groin or the saddle area',
      'new trouble controlling your bladder',
    ]);
  });
});
