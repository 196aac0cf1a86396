import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPolicy, inlineScripts, noncePolicy, publicBasePolicy } from './csp.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policies', () => {
  it('lists the hash of each inline script a browser would run, and nothing else', () => {
    const html =
      '<html><head><script src="/_next/static/a.js" async=""></script></head><body>' +
      '<script>self.__next_f.push([0])</script>' +
      '<script type="application/ld+json">{"@type":"Clinic"}</script>' +
      '<script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([0])</script>' +
      '</body></html>';
    expect(inlineScripts(html)).toEqual([
      'self.__next_f.push([0])',
      'self.__next_f.push([1,"x"])',
      'self.__next_f.push([0])',
    ]);
    const policy = hashPolicy(html);
    const scriptSrc = policy
      .split('; ')
      .find((d) => d.startsWith('script-src'))!
      .split(' ');
    expect(scriptSrc).toEqual([
      'script-src',
      `'self'`,
      sha('self.__next_f.push([0])'),
      sha('self.__next_f.push([1,"x"])'),
    ]);
    expect(scriptSrc.join(' ')).not.toContain('unsafe'); // inline styles stay allowed
  });

  it('shares every other directive between the kinds, and only development allows eval', () => {
    const rest = (p: string) => p.split('; ').filter((d) => !/^(script|connect)-src/.test(d));
    const hashed = hashPolicy('<script>1</script>');
    expect(rest(noncePolicy('abc', false))).toEqual(rest(hashed));
    expect(rest(publicBasePolicy(false))).toEqual(rest(hashed));
    for (const directive of [`object-src 'none'`, `base-uri 'none'`, `frame-ancestors 'none'`]) {
      expect(hashed).toContain(directive);
    }
    expect(noncePolicy('abc', false)).not.toContain('unsafe-eval');
    expect(publicBasePolicy(false)).not.toContain('unsafe-eval');
    expect(noncePolicy('abc', true)).toContain('unsafe-eval');
  });
});
