import { describe, expect, it } from 'vitest';
import { cacheNameFor, serviceWorkerSource } from './service-worker';

const ORIGIN = 'https://pathshala.example';

/** A CacheStorage in memory, keyed by URL. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    const keyOf = (key: RequestInfo | URL, ignoreSearch = false) => {
      const url = new URL(typeof key === 'string' || key instanceof URL ? key : key.url);
      return ignoreSearch ? url.origin + url.pathname : url.href;
    };
    return {
      put: async (key: RequestInfo | URL, response: Response) => void store.set(keyOf(key), response),
      match: async (key: RequestInfo | URL, options?: { ignoreSearch?: boolean }) => store.get(keyOf(key, options?.ignoreSearch))?.clone(),
      keys: async () => [...store.keys()].map((url) => new Request(url)),
    };
  };
  return {
    stores,
    storage: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    } as unknown as CacheStorage,
  };
}

type Listener = (event: unknown) => void;

/** Runs the served worker source against a fake scope whose network answers with `network`. */
function startWorker(buildId: string, network: (url: string) => Response, caches = memoryCaches()) {
  const listeners = new Map<string, Listener>();
  const fetched: string[] = [];
  const scope = {
    location: { origin: ORIGIN },
    caches: caches.storage,
    clients: { claim: async () => {}, matchAll: async () => [] as { url: string }[] },
    skipWaiting: async () => {},
    fetch: async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
      fetched.push(url);
      return network(url);
    },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  new Function('self', serviceWorkerSource(buildId, ['hi-latn', 'en']))(scope);

  async function lifecycle(type: 'install' | 'activate') {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    await Promise.all(waits);
  }

  /** Dispatches a fetch event; `null` when the worker did not answer it (the browser goes to the network itself). */
  async function request(path: string, init: RequestInit & { mode?: RequestMode } = {}) {
    let answer = null as Promise<Response> | null;
    const waits: Promise<unknown>[] = [];
    const { mode, ...rest } = init;
    const real = new Request(`${ORIGIN}${path}`, rest);
    // Only a browser makes navigation requests; the worker reads these four fields of one.
    const request = mode === 'navigate' ? { url: real.url, method: real.method, headers: real.headers, mode } : real;
    listeners.get('fetch')!({
      request,
      respondWith: (response: Promise<Response>) => (answer = response),
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
    });
    const response = answer === null ? null : await answer;
    await Promise.all(waits);
    return response;
  }
  return { caches, fetched, lifecycle, request };
}

const page = (body: string, cacheControl = 's-maxage=31536000') => {
  const response = new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': cacheControl } });
  Object.defineProperty(response, 'type', { value: 'basic' });
  return response;
};

const site = (url: string) => {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/api/')) return page('{"user":null}', 'private, no-cache, no-store, max-age=0, must-revalidate');
  if (pathname.includes('/lab/')) return page('<h1>Cart lab</h1>', 'private, no-cache, no-store, max-age=0, must-revalidate');
  return page(`<h1>${pathname}</h1><script src="/_next/static/chunks/a.js"></script>`);
};

describe('the service worker', () => {
  it('should keep the offline page of every locale when it installs', async () => {
    const worker = startWorker('b1', site);
    await worker.lifecycle('install');
    expect([...worker.caches.stores.get(cacheNameFor('b1'))!.keys()]).toEqual(
      expect.arrayContaining([`${ORIGIN}/hi-latn/offline`, `${ORIGIN}/en/offline`, `${ORIGIN}/_next/static/chunks/a.js`]),
    );
  });

  it('should delete the caches of other builds when it activates, and keep other sites’ caches', async () => {
    const caches = memoryCaches();
    await caches.storage.open('pathshala-b1');
    await caches.storage.open('someone-else');
    const worker = startWorker('b2', site, caches);
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    expect([...caches.stores.keys()].sort()).toEqual(['pathshala-b2', 'someone-else']);
  });

  it('should not answer API requests at all, so nothing of them is stored', async () => {
    const worker = startWorker('b1', site);
    expect(await worker.request('/api/demo/me')).toBeNull();
    expect(await worker.request('/api/demo/login', { method: 'POST', body: '{}' })).toBeNull();
    expect(worker.fetched).toEqual([]);
  });

  it('should pass a lab page through from the network and never store it', async () => {
    const worker = startWorker('b1', site);
    const response = await worker.request('/en/lab/cart', { mode: 'navigate' });
    expect(await response!.text()).toBe('<h1>Cart lab</h1>');
    const kept = [...(worker.caches.stores.get(cacheNameFor('b1'))?.keys() ?? [])];
    expect(kept.filter((url) => url.includes('/lab/'))).toEqual([]);
  });

  it('should serve a lesson from the network and keep it, then from the cache when the network fails', async () => {
    let online = true;
    const worker = startWorker('b1', (url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return site(url);
    });
    expect(await (await worker.request('/en/learn/cookies-101?from=share', { mode: 'navigate' }))!.text()).toContain(
      '/en/learn/cookies-101',
    );
    online = false;
    const offline = await worker.request('/en/learn/cookies-101', { mode: 'navigate' });
    expect(await offline!.text()).toContain('<h1>/en/learn/cookies-101</h1>');
  });

  it('should answer a page it never kept with the offline page of its language when the network fails', async () => {
    let online = true;
    const worker = startWorker('b1', (url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return site(url);
    });
    await worker.lifecycle('install');
    online = false;
    expect(await (await worker.request('/hi-latn/lab/cart', { mode: 'navigate' }))!.text()).toContain('/hi-latn/offline');
    expect(await (await worker.request('/en/learn/never-opened', { mode: 'navigate' }))!.text()).toContain('/en/offline');
  });

  it('should keep a lesson reached by a client-side link (an RSC fetch) without answering that fetch', async () => {
    const worker = startWorker('b1', site);
    expect(await worker.request('/en/learn/session-stores?_rsc=x1', { headers: { rsc: '1' } })).toBeNull();
    expect([...worker.caches.stores.get(cacheNameFor('b1'))!.keys()]).toContain(`${ORIGIN}/en/learn/session-stores`);
    expect(await worker.request('/en/learn/shopping-cart?_rsc=x2', { headers: { rsc: '1', 'next-router-prefetch': '1' } })).toBeNull();
    expect([...worker.caches.stores.get(cacheNameFor('b1'))!.keys()]).not.toContain(`${ORIGIN}/en/learn/shopping-cart`);
  });
});
