import { expect, test, type APIRequestContext } from '@playwright/test';
import { publishedSlugs } from '../lib/course/content';
import { course } from '../lib/course/course';
import { htmlLang, locales } from '../lib/i18n/locales';
import { SECURITY_LABS } from '../lib/security-labs/catalog';

/*
 * What search engines and link previews (WhatsApp, Telegram, X) read: the sitemap, robots.txt,
 * each page's OpenGraph and Twitter tags, the preview images, the icons and the manifests.
 */

const slugs = publishedSlugs();
const labPaths = [
  '/lab',
  '/lab/login',
  '/lab/cart',
  '/lab/activity',
  '/lab/stateless',
  '/lab/security',
  ...SECURITY_LABS.map((lab) => `/lab/security/${lab}`),
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectPng(request: APIRequestContext, url: string, size: { width: number; height: number }) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('image/png');
  expect(pngSize(await response.body()), url).toEqual(size);
}

/** The content of `<meta property|name="key" content="…">` tags in `html`, in order. */
function metaValues(html: string, key: string): string[] {
  return [...html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"\s*\/?>/g)]
    .filter((match) => match[1] === key)
    .map((match) =>
      match[2]!
        .replace(/&amp;/g, '&')
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"'),
    );
}

test.describe('sitemap.xml', () => {
  test('lists every lesson in every locale, each with its hreflang alternates and x-default', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/xml');
    const xml = await response.text();
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!);
    const locOf = (entry: string) => new URL(/<loc>([^<]+)<\/loc>/.exec(entry)![1]!).pathname;
    const alternatesOf = (entry: string) =>
      Object.fromEntries([...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], new URL(match[2]!).pathname]));

    expect(slugs.length).toBeGreaterThanOrEqual(13);
    for (const slug of slugs) {
      for (const locale of locales) {
        const entry = entries.find((candidate) => locOf(candidate) === `/${locale}/learn/${slug}`);
        expect(entry, `${locale}/${slug} in the sitemap`).toBeDefined();
        expect(alternatesOf(entry!)).toEqual({
          ...Object.fromEntries(locales.map((other) => [htmlLang[other], `/${other}/learn/${slug}`])),
          'x-default': `/hi-latn/learn/${slug}`,
        });
      }
    }
    for (const path of ['', '/learn', '/glossary', '/practice', ...labPaths]) {
      for (const locale of locales) expect(entries.map(locOf), `/${locale}${path}`).toContain(`/${locale}${path}`);
    }
  });

  test('leaves out the API, the instructor pages and the account page', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(xml).not.toMatch(/\/api\/|\/instructor|\/lab\/account|\/offline/);
  });
});

test('robots.txt names the sitemap and keeps the API, the experiments under it, the instructor and account pages out', async ({
  request,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  const disallowed = lines.filter((line) => line.startsWith('Disallow:')).map((line) => line.slice('Disallow:'.length).trim());
  expect(disallowed).toEqual(
    expect.arrayContaining(['/api/', ...locales.flatMap((locale) => [`/${locale}/instructor`, `/${locale}/lab/account`])]),
  );
  expect(disallowed).not.toContain('/');
  const sitemap = lines.find((line) => line.startsWith('Sitemap:'));
  expect(sitemap && new URL(sitemap.slice('Sitemap:'.length).trim()).pathname).toBe('/sitemap.xml');
});

test.describe('link previews', () => {
  for (const locale of locales) {
    test(`every lesson in ${locale} has OpenGraph and Twitter tags in its language, and a 1200×630 PNG`, async ({ request }) => {
      test.setTimeout(90_000);
      for (const slug of slugs) {
        const lesson = course.find((entry) => entry.slug === slug)!;
        const html = await (await request.get(`/${locale}/learn/${slug}`)).text();
        expect(metaValues(html, 'og:title'), slug).toEqual([lesson.title[locale]]);
        expect(metaValues(html, 'og:description'), slug).toEqual([lesson.summary[locale].replace(/`/g, '')]);
        expect(metaValues(html, 'og:type'), slug).toEqual(['article']);
        expect(new URL(metaValues(html, 'og:url')[0]!).pathname).toBe(`/${locale}/learn/${slug}`);
        expect(metaValues(html, 'twitter:card'), slug).toEqual(['summary_large_image']);
        expect(metaValues(html, 'og:image:width'), slug).toEqual(['1200']);
        expect(metaValues(html, 'og:image:height'), slug).toEqual(['630']);
        const [image] = metaValues(html, 'og:image');
        expect(new URL(image!).pathname).toBe(`/og/${locale}/learn/${slug}.png`);
        expect(metaValues(html, 'twitter:image')).toEqual([image]);
        await expectPng(request, new URL(image!).pathname, { width: 1200, height: 630 });
      }
    });

    test(`every lab in ${locale} has its own preview in its language`, async ({ request }) => {
      const titles = new Set<string>();
      for (const path of labPaths) {
        const html = await (await request.get(`/${locale}${path}`, { headers: { 'x-forwarded-for': '198.20.2.1' } })).text();
        const [title] = metaValues(html, 'og:title');
        expect(title, path).toBeTruthy();
        titles.add(title!);
        const [image] = metaValues(html, 'og:image');
        expect(new URL(image!).pathname).toBe(`/og/${locale}${path}.png`);
        expect(metaValues(html, 'twitter:card'), path).toEqual(['summary_large_image']);
        await expectPng(request, new URL(image!).pathname, { width: 1200, height: 630 });
      }
      expect(titles.size).toBe(labPaths.length);
    });
  }

  test('the hi preview of a lesson, its Devanagari shaped by HarfBuzz at build time, is a 1200×630 PNG', async ({ request }) => {
    const html = await (await request.get('/hi/learn/what-is-a-session')).text();
    expect(metaValues(html, 'og:title')).toEqual(['Session क्या होता है?']);
    const [image] = metaValues(html, 'og:image');
    expect(new URL(image!).pathname).toBe('/og/hi/learn/what-is-a-session.png');
    // That its texts are shaped outlines, not next/og text, is checked on the card's tree in components/share/preview-card.test.ts.
    await expectPng(request, '/og/hi/learn/what-is-a-session.png', { width: 1200, height: 630 });
  });

  test('a lesson preview is in the page’s language', async ({ request }) => {
    const hinglish = await (await request.get('/hi-latn/learn/what-is-a-session')).text();
    expect(metaValues(hinglish, 'og:title')).toEqual(['Session kya hota hai?']);
    expect(metaValues(hinglish, 'og:locale')).toEqual(['hi_IN']);
    const english = await (await request.get('/en/learn/what-is-a-session')).text();
    expect(metaValues(english, 'og:title')).toEqual(['What is a session?']);
  });
});

test.describe('icons and the manifest', () => {
  test('favicon.ico, the SVG icon and the Apple touch icon answer with their types and sizes', async ({ request }) => {
    const ico = await request.get('/favicon.ico');
    expect(ico.status()).toBe(200);
    expect(ico.headers()['content-type']).toBe('image/x-icon');
    const icoBytes = await ico.body();
    expect([icoBytes.readUInt16LE(0), icoBytes.readUInt16LE(2), icoBytes.readUInt16LE(4), icoBytes[6]]).toEqual([0, 1, 1, 48]);
    expect(pngSize(icoBytes.subarray(icoBytes.readUInt32LE(18)))).toEqual({ width: 48, height: 48 });

    const svg = await request.get('/icon.svg');
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    await expectPng(request, '/icons/apple-touch-icon.png', { width: 180, height: 180 });

    const html = await (await request.get('/en/learn')).text();
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/icons\/apple-touch-icon.png"/);
    expect(html).toMatch(/<link rel="icon" href="\/icon.svg[^"]*"[^>]*type="image\/svg\+xml"/);
    expect(html).toMatch(/<link rel="icon" href="\/favicon.ico"/);
    expect(html).toContain('<meta name="theme-color" content="#fdfbf7" media="(prefers-color-scheme: light)"/>');
    expect(html).toContain('<meta name="theme-color" content="#111318" media="(prefers-color-scheme: dark)"/>');
  });

  for (const locale of locales) {
    test(`the ${locale} pages link a manifest in their language whose icons all answer`, async ({ request }) => {
      const html = await (await request.get(`/${locale}/learn`)).text();
      expect(html).toContain(`<link rel="manifest" href="/${locale}/manifest.webmanifest"/>`);
      const response = await request.get(`/${locale}/manifest.webmanifest`);
      expect(response.headers()['content-type']).toBe('application/manifest+json');
      const manifest = (await response.json()) as {
        lang: string;
        start_url: string;
        display: string;
        icons: { src: string; sizes: string; type: string }[];
      };
      expect(manifest).toMatchObject({ lang: htmlLang[locale], start_url: `/${locale}`, display: 'standalone' });
      for (const icon of manifest.icons) {
        if (icon.type !== 'image/png') continue;
        const [width, height] = icon.sizes.split('x').map(Number);
        await expectPng(request, icon.src, { width: width!, height: height! });
      }
      expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    });
  }
});
