import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE, preferredLocale } from '@/lib/i18n/locales';
import { IRON_COOKIE_NAME, STRAY_SEAL_CLEARING_SET_COOKIE } from '@/lib/stateless/cookie-scope';

/**
 * `/` sends a visitor to their language (their earlier choice; else Devanagari Hindi when the
 * browser asks for Hindi first; else Hinglish); any other
 * path without a locale is served the localized 404 page of that language. Every page gets
 * its Content-Security-Policy here (see `pageCsp`).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const locale = preferredLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
  if (pathname === '/') {
    const redirect = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    // The answer depends on both headers; a shared cache must not hand one visitor's language to another.
    redirect.headers.set('Vary', 'Cookie, Accept-Language');
    return redirect;
  }
  const first = pathname.split('/')[1];
  if (isLocale(first)) return withoutStraySeal(request, withCsp(request, pathname, null));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/__missing${pathname}`;
  return withoutStraySeal(request, withCsp(request, url.pathname, url));
}

/** The seal lives on the stateless API's path; one that reaches a page is an older build's copy on `/`. */
function withoutStraySeal(request: NextRequest, response: NextResponse): NextResponse {
  if (request.cookies.has(IRON_COOKIE_NAME)) response.headers.append('set-cookie', STRAY_SEAL_CLEARING_SET_COOKIE);
  return response;
}

/**
 * Content-Security-Policy without 'unsafe-inline' for scripts (docs/SECURITY.md). A page
 * prerendered at build time (lessons: SSG) cannot carry a per-request nonce, so its policy
 * lists the sha256 of each inline script in its built HTML (the theme boot script and Next's
 * flight data); a page rendered per request (the labs) gets a fresh nonce, which Next puts on
 * its own scripts, plus the hash of the theme boot script, which the layout renders without one.
 */
function withCsp(request: NextRequest, pathname: string, rewriteTo: URL | null): NextResponse {
  const prerendered = prerenderedScriptHashes(pathname);
  if (prerendered !== null) {
    const response = rewriteTo ? NextResponse.rewrite(rewriteTo) : NextResponse.next();
    response.headers.set('Content-Security-Policy', pageCsp(prerendered));
    return response;
  }
  const nonce = randomBytes(16).toString('base64');
  const policy = pageCsp([`'nonce-${nonce}'`, ...layoutScriptHashes()]);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const init = { request: { headers: requestHeaders } };
  const response = rewriteTo ? NextResponse.rewrite(rewriteTo, init) : NextResponse.next(init);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

function pageCsp(scriptSources: readonly string[]): string {
  const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}${devEval}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const distDir = join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');
const hashCache = new Map<string, readonly string[] | null>();
const HASH_CACHE_LIMIT = 1_000;

/** `'sha256-…'` of every inline script in the built HTML of `pathname`, or null when it is not prerendered. */
function prerenderedScriptHashes(pathname: string): readonly string[] | null {
  if (!/^\/[a-z0-9-]+(?:\/[a-z0-9_-]+)*$/.test(pathname)) return null;
  const cached = hashCache.get(pathname);
  if (cached !== undefined) return cached;
  let hashes: readonly string[] | null = null;
  try {
    hashes = inlineScriptHashes(readFileSync(join(distDir, 'server/app', `${pathname}.html`), 'utf8'));
  } catch {
    hashes = null;
  }
  if (hashCache.size >= HASH_CACHE_LIMIT) hashCache.clear();
  hashCache.set(pathname, hashes);
  return hashes;
}

function inlineScriptHashes(html: string, keep: (script: string) => boolean = () => true): string[] {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [...new Set(scripts.filter((script) => script.length > 0 && keep(script)))].map(
    (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
}

let layoutHashes: readonly string[] | null = null;

/**
 * The layout's own inline scripts (the theme boot script and the service worker's registration)
 * as this build renders them, read from a prerendered page of the same build.
 */
function layoutScriptHashes(): readonly string[] {
  if (layoutHashes !== null) return layoutHashes;
  for (const page of ['en/glossary', 'hi-latn/glossary', 'en/learn', 'en']) {
    try {
      const html = readFileSync(join(distDir, 'server/app', `${page}.html`), 'utf8');
      layoutHashes = inlineScriptHashes(html, (script) => script.includes('pathshala.theme') || script.includes('serviceWorker.register'));
      return layoutHashes;
    } catch {
      // try the next page
    }
  }
  return []; // nothing prerendered (next dev): the theme script is blocked, the page keeps the light theme
}

export const config = {
  // Everything but API routes, Next's own assets, the build-time images and icons, and files with
  // an extension in the root (the service worker among them).
  matcher: ['/((?!api/|_next/|search-index/|og/|icons/|favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml|sw\\.js).*)'],
};
