import { describe, expect, it } from 'vitest';
import { parseIndexParams } from './index-params';
import { articlesHref } from './links';

describe('parseIndexParams', () => {
  it('validates topic and page and tidies the query', () => {
    expect(
      parseIndexParams({ q: '  hamstring   stretch ', topic: 'exercises', page: '2' }),
    ).toEqual({
      q: 'hamstring stretch',
      topic: 'exercises',
      page: 2,
    });
    expect(parseIndexParams({ topic: 'gossip', page: '-3' })).toEqual({
      q: '',
      topic: null,
      page: 1,
    });
    expect(parseIndexParams({ q: ['a', 'b'], page: '0' })).toEqual({
      q: 'a',
      topic: null,
      page: 1,
    });
    expect(parseIndexParams({ page: '99999999999' }).page).toBe(1);
    expect(parseIndexParams({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('articlesHref', () => {
  it('omits defaults and encodes the query', () => {
    expect(articlesHref({})).toBe('/articles');
    expect(articlesHref({ topic: 'relief', page: 1 })).toBe('/articles?topic=relief');
    expect(articlesHref({ q: 'hip & back', topic: 'exercises', page: 3 })).toBe(
      '/articles?q=hip+%26+back&topic=exercises&page=3',
    );
  });
});
