/*
 * The service worker's decisions, as pure functions. Each is self-contained (no imports, no
 * module-level names): service-worker.ts copies their source into the worker it serves.
 */

/**
 * What the worker does with a request:
 * - `never`: not touched at all (no respondWith) — the API, every non-GET, other origins. Session-bearing answers live here.
 * - `asset`: build-hashed files and icons; from the cache, else the network (then kept).
 * - `readable`: the pages a learner reads (home, the outline, lessons, glossary, offline page) and
 *   the search index; from the network (then kept), else the cache.
 * - `page`: any other page (labs, instructor, practice); from the network only, never kept; offline, the offline page.
 */
export type RequestRoute = 'never' | 'asset' | 'readable' | 'page';

export function routeOf(href: string, origin: string, method: string, isNavigation: boolean, locales: readonly string[]): RequestRoute {
  const url = new URL(href);
  if (method !== 'GET' || url.origin !== origin) return 'never';
  const path = url.pathname;
  if (path === '/api' || path.startsWith('/api/') || path === '/sw.js') return 'never';
  if (path.startsWith('/_next/static/') || path.startsWith('/icons/') || path === '/icon.svg' || path === '/favicon.ico') return 'asset';
  if (path.startsWith('/search-index/')) return 'readable';
  const localePattern = locales.map((locale) => locale.replace(/[^a-z0-9-]/g, '')).join('|');
  if (new RegExp(`^/(?:${localePattern})(?:/learn(?:/[a-z0-9-]+)?|/glossary|/offline)?$`).test(path)) return 'readable';
  return isNavigation ? 'page' : 'never';
}

/** Only a plain same-origin 200 that does not forbid storing is ever kept. */
export function isStorable(status: number, type: string, cacheControl: string | null): boolean {
  return status === 200 && type === 'basic' && !/\b(?:no-store|private)\b/i.test(cacheControl ?? '');
}

/** The build's files a page or stylesheet names (scripts, styles, fonts), as absolute URLs on `base`'s origin. */
export function assetUrlsIn(text: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:src|href)="(\/_next\/static\/[^"?#]+)"|url\((["']?)([^"')]+)\2\)/g)) {
    const raw = match[1] ?? match[3];
    if (raw === undefined || raw.startsWith('data:')) continue;
    const url = new URL(raw, base);
    if (url.origin === new URL(base).origin && url.pathname.startsWith('/_next/static/')) found.add(url.origin + url.pathname);
  }
  return [...found];
}

/** The offline page in the language of `href` (its first path segment), else the default's. */
export function offlinePathFor(href: string, locales: readonly string[]): string {
  const first = new URL(href).pathname.split('/')[1] ?? '';
  return `/${locales.includes(first) ? first : locales[0]}/offline`;
}

/** Caches of this site that an older (or newer) build wrote: everything with `prefix` but `current`. */
export function staleCaches(names: readonly string[], prefix: string, current: string): string[] {
  return names.filter((name) => name.startsWith(prefix) && name !== current);
}
