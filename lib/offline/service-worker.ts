import { CACHE_PREFIX, SAVE_PAGES_MESSAGE, type SaveProgress } from './protocol';
import { assetUrlsIn, isStorable, offlinePathFor, routeOf, staleCaches } from './routing';

export interface WorkerConfig {
  readonly cacheName: string;
  readonly prefix: string;
  readonly locales: readonly string[];
  readonly saveMessage: string;
}

interface WorkerHelpers {
  readonly routeOf: typeof routeOf;
  readonly isStorable: typeof isStorable;
  readonly assetUrlsIn: typeof assetUrlsIn;
  readonly offlinePathFor: typeof offlinePathFor;
  readonly staleCaches: typeof staleCaches;
}

/* The few worker-scope types used below; the project compiles against the DOM library. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<readonly { readonly url: string }[]> };
  skipWaiting(): Promise<void>;
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

/**
 * The whole service worker. Runs in the worker (its source is served by /sw.js) and in the unit
 * tests against a fake scope; it reads nothing but its arguments.
 *
 * Lessons are network-first: online, a learner always gets this build's page; offline, the copy
 * kept when they last opened it. Nothing the API answers, no lab page and no non-GET request is
 * ever stored, and the API is not even intercepted.
 */
export function serviceWorker(scope: WorkerScope, config: WorkerConfig, helpers: WorkerHelpers): void {
  const { cacheName, locales } = config;
  const origin = scope.location.origin;

  const storable = (response: Response) => helpers.isStorable(response.status, response.type, response.headers.get('cache-control'));
  /** The cache key of a page: its URL without query or fragment. */
  const pageKey = (href: string) => {
    const url = new URL(href, origin);
    return url.origin + url.pathname;
  };

  /** Stores `response` under `key`, then the build files it names (and, for a stylesheet, its fonts). */
  async function keep(key: string, response: Response): Promise<void> {
    const cache = await scope.caches.open(cacheName);
    const type = response.headers.get('content-type') ?? '';
    const text = /text\/(?:html|css)/.test(type) ? await response.clone().text() : null;
    await cache.put(key, response);
    if (text === null) return;
    const assets = helpers.assetUrlsIn(text, key);
    await Promise.all(
      assets.map(async (asset) => {
        if (await cache.match(asset)) return;
        const fetched = await scope.fetch(asset).catch(() => null);
        if (fetched && storable(fetched)) await keep(asset, fetched);
      }),
    );
  }

  /** Fetches a readable page as a document and keeps it; false when it could not be saved. */
  async function save(href: string): Promise<boolean> {
    try {
      const response = await scope.fetch(pageKey(href), { credentials: 'same-origin' });
      if (!storable(response)) return false;
      await keep(pageKey(href), response);
      return true;
    } catch {
      return false;
    }
  }

  const isReadablePage = (href: string) => helpers.routeOf(href, origin, 'GET', true, locales) === 'readable';

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        await Promise.all(locales.map((locale) => save(`${origin}/${locale}/offline`)));
        await scope.skipWaiting();
      })(),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const stale = helpers.staleCaches(await scope.caches.keys(), config.prefix, cacheName);
        await Promise.all(stale.map((name) => scope.caches.delete(name)));
        await scope.clients.claim();
        // The page that registered this worker loaded before it: keep it too.
        const windows = await scope.clients.matchAll({ type: 'window' });
        await Promise.all(windows.filter((client) => isReadablePage(client.url)).map((client) => save(client.url)));
      })(),
    );
  });

  async function fromCache(key: string, ignoreSearch: boolean): Promise<Response | undefined> {
    const cache = await scope.caches.open(cacheName);
    return cache.match(key, { ignoreSearch });
  }

  async function offlinePage(href: string): Promise<Response> {
    const page = await fromCache(`${origin}${helpers.offlinePathFor(href, locales)}`, true);
    return page ?? new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const navigation = request.mode === 'navigate';
    const route = helpers.routeOf(request.url, origin, request.method, navigation, locales);
    if (route === 'never') return;

    if (route === 'asset') {
      event.respondWith(
        (async () => {
          const cached = await fromCache(request.url, false);
          if (cached) return cached;
          const response = await scope.fetch(request);
          if (storable(response)) event.waitUntil(keep(request.url, response.clone()));
          return response;
        })(),
      );
      return;
    }

    if (route === 'page') {
      event.respondWith(scope.fetch(request).catch(() => offlinePage(request.url)));
      return;
    }

    // A readable page. The app router fetches it as RSC when a link is followed: left alone,
    // but the page itself is saved beside it, so a lesson opened that way is kept too.
    if (request.headers.get('rsc') === '1') {
      if (request.headers.get('next-router-prefetch') === null) event.waitUntil(save(request.url));
      return;
    }
    event.respondWith(
      (async () => {
        try {
          const response = await scope.fetch(request);
          if (storable(response)) event.waitUntil(keep(navigation ? pageKey(request.url) : request.url, response.clone()));
          return response;
        } catch (error) {
          const cached = await fromCache(navigation ? pageKey(request.url) : request.url, navigation);
          if (cached) return cached;
          if (navigation) return offlinePage(request.url);
          throw error;
        }
      })(),
    );
  });

  scope.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; paths?: unknown } | null;
    const port = event.ports[0];
    if (!port || data?.type !== config.saveMessage || !Array.isArray(data.paths)) return;
    const hrefs = data.paths
      .filter((path): path is string => typeof path === 'string' && path.startsWith('/'))
      .map((path) => `${origin}${path}`)
      .filter(isReadablePage);
    event.waitUntil(
      (async () => {
        let done = 0;
        let failed = 0;
        for (const href of hrefs) {
          if (!(await save(href))) failed++;
          done++;
          port.postMessage({ done, failed, total: hrefs.length, finished: done === hrefs.length } satisfies SaveProgress);
        }
        if (hrefs.length === 0) port.postMessage({ done, failed, total: 0, finished: true } satisfies SaveProgress);
      })(),
    );
  });
}

/** The cache of one build: a new build gets a new one, and its worker deletes the old. */
export function cacheNameFor(buildId: string): string {
  return `${CACHE_PREFIX}${buildId}`;
}

/** The source of /sw.js for one build: the worker and its helpers, with this build's cache name. */
export function serviceWorkerSource(buildId: string, locales: readonly string[]): string {
  const config: WorkerConfig = { cacheName: cacheNameFor(buildId), prefix: CACHE_PREFIX, locales, saveMessage: SAVE_PAGES_MESSAGE };
  const helpers = { routeOf, isStorable, assetUrlsIn, offlinePathFor, staleCaches };
  const helperSource = Object.entries(helpers)
    .map(([name, fn]) => `${JSON.stringify(name)}: (${fn.toString()})`)
    .join(',\n');
  return `// Session Pathshala service worker, build ${JSON.stringify(buildId)}.\n'use strict';\n(${serviceWorker.toString()})(self, ${JSON.stringify(config)}, {\n${helperSource}\n});\n`;
}
