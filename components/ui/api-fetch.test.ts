import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './api-fetch';

/** Stubs the global fetch with one answer and returns the mock, to read what was sent. */
function answer(response: Response | Error) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function sent(fetchMock: ReturnType<typeof answer>) {
  const [url, init] = fetchMock.mock.calls[0]!;
  return { url, init: init!, headers: new Headers(init!.headers) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiFetch request', () => {
  it('should send the page’s locale in X-Pathshala-Locale, uncached, as a GET by default', async () => {
    const fetchMock = answer(new Response('{}', { status: 200 }));
    await apiFetch('hi-latn', '/api/demo/me');
    const { url, init, headers } = sent(fetchMock);
    expect(url).toBe('/api/demo/me');
    expect(init.method).toBe('GET');
    expect(init.cache).toBe('no-store');
    expect(headers.get('X-Pathshala-Locale')).toBe('hi-latn');
    expect(headers.has('content-type')).toBe(false);
    expect(init.body).toBeUndefined();
  });

  it('should send a body as JSON with its content type', async () => {
    const fetchMock = answer(new Response('{}', { status: 200 }));
    await apiFetch('en', '/api/demo/cart', { method: 'POST', body: { productId: 'chai', qty: 1 } });
    const { init, headers } = sent(fetchMock);
    expect(init.method).toBe('POST');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-pathshala-locale')).toBe('en');
    expect(init.body).toBe('{"productId":"chai","qty":1}');
  });
});

describe('apiFetch answer', () => {
  it('should return the parsed JSON of a 2xx answer with no message', async () => {
    answer(new Response('{"count":20}', { status: 200 }));
    expect(await apiFetch<{ count: number }>('en', '/api/demo/race/locked')).toEqual({
      ok: true,
      status: 200,
      data: { count: 20 },
      message: null,
    });
  });

  it('should return null data for an empty 2xx body', async () => {
    answer(new Response(null, { status: 204 }));
    expect(await apiFetch('en', '/api/demo/activity', { method: 'DELETE' })).toEqual({ ok: true, status: 204, data: null, message: null });
  });

  it('should surface the API’s error message and drop the data when refused', async () => {
    answer(
      new Response('{"error":{"code":"invalid_credentials","message":"Wrong password."}}', { status: 401, statusText: 'Unauthorized' }),
    );
    expect(await apiFetch('en', '/api/demo/login', { method: 'POST', body: {} })).toEqual({
      ok: false,
      status: 401,
      data: null,
      message: 'Wrong password.',
    });
  });

  it('should fall back to the status text when the error body has no message', async () => {
    answer(new Response('{}', { status: 503, statusText: 'Service Unavailable' }));
    expect(await apiFetch('en', '/api/demo/me')).toMatchObject({ ok: false, status: 503, message: 'Service Unavailable' });
  });

  it('should return status 0 with the error’s message when the request never arrives', async () => {
    answer(new TypeError('Failed to fetch'));
    expect(await apiFetch('en', '/api/demo/me')).toEqual({ ok: false, status: 0, data: null, message: 'Failed to fetch' });
  });
});
