import { describe, expect, it } from 'vitest';
import { assetUrlsIn, isStorable, offlinePathFor, routeOf, staleCaches } from './routing';

const ORIGIN = 'https://pathshala.example';
const LOCALES = ['hi-latn', 'en'];
const route = (path: string, { method = 'GET', navigation = true } = {}) =>
  routeOf(`${ORIGIN}${path}`, ORIGIN, method, navigation, LOCALES);

describe('routeOf', () => {
  describe('what the worker never touches', () => {
    it.each(['/api/demo/me', '/api/inspect', '/api/demo/cart?x=1', '/api/lab/security/csrf/attacker', '/api', '/sw.js'])(
      'should leave %s alone',
      (path) => {
        expect(route(path)).toBe('never');
        expect(route(path, { navigation: false })).toBe('never');
      },
    );

    it('should leave every non-GET request alone, a lesson URL too', () => {
      expect(route('/en/learn/cookies-101', { method: 'POST' })).toBe('never');
      expect(route('/en/lab/login', { method: 'POST' })).toBe('never');
    });

    it('should leave other origins alone', () => {
      expect(routeOf('https://elsewhere.example/en/learn/cookies-101', ORIGIN, 'GET', true, LOCALES)).toBe('never');
    });

    it('should leave a lab page’s own fetches (not navigations) alone', () => {
      expect(route('/en/lab/cart?_rsc=abc', { navigation: false })).toBe('never');
    });
  });

  it.each(['/hi-latn', '/en', '/en/learn', '/en/learn/cookies-101', '/hi-latn/glossary', '/en/offline', '/search-index/en.json'])(
    'should treat %s as readable (kept, network first)',
    (path) => expect(route(path)).toBe('readable'),
  );

  it.each(['/_next/static/chunks/app.js', '/_next/static/media/font.woff2', '/icons/icon-192.png', '/icon.svg', '/favicon.ico'])(
    'should treat %s as a build asset (cache first)',
    (path) => expect(route(path, { navigation: false })).toBe('asset'),
  );

  it.each([
    '/en/lab/cart',
    '/hi-latn/lab/security/csrf',
    '/en/instructor',
    '/en/practice',
    '/en/lab/account',
    '/fr/learn/cookies-101',
    '/en/learn/a/b',
  ])('should send a navigation to %s to the network only, never kept', (path) => expect(route(path)).toBe('page'));
});

describe('isStorable', () => {
  it('should keep a plain same-origin 200', () => expect(isStorable(200, 'basic', 's-maxage=31536000')).toBe(true));
  it.each([
    ['no-store', 200, 'basic', 'private, no-cache, no-store, max-age=0, must-revalidate'],
    ['private', 200, 'basic', 'private, max-age=60'],
    ['a redirect', 302, 'basic', null],
    ['an error', 500, 'basic', null],
    ['a partial answer', 206, 'basic', null],
    ['an opaque answer', 200, 'opaque', null],
  ])('should refuse %s', (_what, status, type, cacheControl) => expect(isStorable(status, type, cacheControl)).toBe(false));
});

describe('assetUrlsIn', () => {
  it('should find the scripts, styles and preloaded fonts of a page', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/><script src="/_next/static/chunks/b.js" async></script>' +
      '<link rel="preload" href="/_next/static/media/f.woff2" as="font"/><img src="/og/x.png"/><a href="/en/learn">x</a>';
    expect(assetUrlsIn(html, `${ORIGIN}/en/learn/x`)).toEqual([
      `${ORIGIN}/_next/static/chunks/a.css`,
      `${ORIGIN}/_next/static/chunks/b.js`,
      `${ORIGIN}/_next/static/media/f.woff2`,
    ]);
  });

  it('should resolve a stylesheet’s relative font URLs and skip data: URLs', () => {
    const css = '@font-face{src:url(../media/italic.woff2) format("woff2")}.x{background:url("data:image/png;base64,AA")}';
    expect(assetUrlsIn(css, `${ORIGIN}/_next/static/chunks/a.css`)).toEqual([`${ORIGIN}/_next/static/media/italic.woff2`]);
  });
});

describe('offlinePathFor', () => {
  it('should answer in the language of the page asked for', () => {
    expect(offlinePathFor(`${ORIGIN}/en/lab/cart`, LOCALES)).toBe('/en/offline');
    expect(offlinePathFor(`${ORIGIN}/hi-latn/lab/cart`, LOCALES)).toBe('/hi-latn/offline');
  });
  it('should fall back to the first locale', () => expect(offlinePathFor(`${ORIGIN}/nowhere`, LOCALES)).toBe('/hi-latn/offline'));
});

describe('staleCaches', () => {
  it('should name every cache of this site but the current build’s, and no one else’s', () => {
    expect(staleCaches(['pathshala-old', 'pathshala-new', 'other-app', 'pathshala-older'], 'pathshala-', 'pathshala-new')).toEqual([
      'pathshala-old',
      'pathshala-older',
    ]);
  });
});
