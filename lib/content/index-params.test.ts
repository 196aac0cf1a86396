import { describe, expect, it } from 'vitest';
import { articlesIndexRoute, parseIndexParams, pathPageNumber } from './index-params';
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
    expect(articlesHref({ page: 1 })).toBe('/articles');
    expect(articlesHref({ page: 2 })).toBe('/articles/page/2');
    expect(articlesHref({ topic: 'relief', page: 1 })).toBe('/articles?topic=relief');
    expect(articlesHref({ topic: 'relief', page: 2 })).toBe('/articles?topic=relief&page=2');
    expect(articlesHref({ q: 'hip & back', topic: 'exercises', page: 3 })).toBe(
      '/articles?q=hip+%26+back&topic=exercises&page=3',
    );
  });
});

describe('articlesIndexRoute', () => {
  const route = (query: string) => articlesIndexRoute(new URLSearchParams(query));

  it('serves the cached index for no query or tracking parameters', () => {
    for (const query of ['', 'utm_source=newsletter']) {
      expect(route(query), query).toEqual({ kind: 'cached' });
    }
  });

  it('sends an unknown topic or an empty search to the plain index’s own address', () => {
    for (const query of ['topic=gossip', 'q=+++', 'q=', 'topic=&utm_source=x']) {
      expect(route(query), query).toEqual({ kind: 'redirect', to: '/articles' });
    }
    expect(route('topic=gossip&page=2')).toEqual({ kind: 'redirect', to: '/articles/page/2' });
  });

  it('sends the old ?page=N links to the page path, page 1 and nonsense to /articles', () => {
    expect(route('page=2')).toEqual({ kind: 'redirect', to: '/articles/page/2' });
    expect(route('page=2&utm_source=x')).toEqual({ kind: 'redirect', to: '/articles/page/2' });
    expect(route('page=1')).toEqual({ kind: 'redirect', to: '/articles' });
    expect(route('page=abc')).toEqual({ kind: 'redirect', to: '/articles' });
  });

  it('renders a topic or a search per request, with their pages', () => {
    for (const query of ['topic=exercises', 'q=hip', 'q=hip&topic=relief&page=2']) {
      expect(route(query), query).toEqual({ kind: 'per-request' });
    }
  });
});

describe('pathPageNumber', () => {
  it('accepts a page number as a canonical link writes it', () => {
    expect(pathPageNumber('2')).toBe(2);
    expect(pathPageNumber('1')).toBe(1);
    for (const text of ['0', '02', '-1', '2.5', 'two', '1234567', '']) {
      expect(pathPageNumber(text), text).toBeNull();
    }
  });
});
