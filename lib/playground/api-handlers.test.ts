import { describe, expect, it } from 'vitest';
import { signSessionId } from '@/lib/session';
import { playgroundRoutes } from './api-handlers';
import { PlaygroundSandbox } from './sandbox';
import { DEFAULT_PLAYGROUND_OPTIONS } from './options';

const SECRET = 'api secret';
let nextId = 'unset';
const sandbox = new PlaygroundSandbox({ secrets: [SECRET], genid: () => nextId });
const URL_ = 'http://localhost/api/playground/options';
const routes = playgroundRoutes(() => sandbox);
const noParams = { params: Promise.resolve({}) };
const playgroundPost = (request: Request) => routes.POST(request, noParams);
const playgroundDelete = (request: Request) => routes.DELETE(request, noParams);

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { host: 'localhost', 'content-type': 'application/json', 'x-pathshala-locale': 'en', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/playground/options', () => {
  it('should answer the outcome as JSON, no-store, with the real Set-Cookie of the sandbox cookie', async () => {
    nextId = 'api-1';
    const response = await playgroundPost(post({ options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'modify' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(
      /^pathshala\.playground=s%3Aapi-1\.[^;]+; Path=\/api\/playground\/options; Expires=[^;]+; HttpOnly; SameSite=Lax$/,
    );
    const body = await response.json();
    expect(body).toMatchObject({
      kind: 'modify',
      incoming: 'none',
      setCookie,
      noSetCookieReason: null,
      storeOperations: [{ op: 'set' }],
      sessionData: { counter: 1 },
      expressSession: { setCookie: true, storeOps: ['set'] },
      differs: false,
    });
  });

  it('should send no Set-Cookie header when the engine sends none, and say why', async () => {
    const cookie = `pathshala.playground=${encodeURIComponent(signSessionId('api-1', SECRET))}`;
    const response = await playgroundPost(post({ options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'read' }, { cookie }));
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await response.json()).toMatchObject({
      setCookie: null,
      noSetCookieReason: 'not-modified',
      storeOperations: [{ op: 'get' }, { op: 'touch' }],
    });
  });

  it.each([
    ['broken JSON', '{"options":', 'invalid_json'],
    ['an empty body', '', 'invalid_json'],
    ['an unknown kind', { options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'delete' }, 'bad_request'],
  ])('should answer 400 for %s', async (_name, body, code) => {
    const response = await playgroundPost(post(body));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: { code, message: expect.any(String) } });
  });

  it("should answer 400 with the reason for sameSite 'none' without secure, in the learner's language", async () => {
    const body = { options: { ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'none', secure: false }, kind: 'modify' };
    const en = await playgroundPost(post(body));
    expect(en.status).toBe(400);
    expect(await en.json()).toEqual({
      error: { code: 'bad_request', message: expect.stringMatching(/^`sameSite: 'none'` needs `secure`/) },
    });
    const hi = await playgroundPost(post(body, { 'x-pathshala-locale': 'hi-latn' }));
    expect(await hi.json()).toMatchObject({ error: { message: expect.stringMatching(/zaroori hai/) } });
  });

  it('should refuse a request from another site with 403, changing nothing', async () => {
    const before = await sandbox.store.length();
    const response = await playgroundPost(
      post({ options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'modify' }, { origin: 'https://evil.example' }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden_origin' } });
    expect(await sandbox.store.length()).toBe(before);
  });

  it('should refuse a body over 16 KB with 413', async () => {
    const response = await playgroundPost(post({ options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'modify', pad: 'x'.repeat(17 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });
});

describe('DELETE /api/playground/options', () => {
  it('should delete the sandbox session and clear its cookie', async () => {
    nextId = 'api-reset';
    await playgroundPost(post({ options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'modify' }));
    const cookie = `pathshala.playground=${encodeURIComponent(signSessionId('api-reset', SECRET))}`;
    const response = await playgroundDelete(new Request(URL_, { method: 'DELETE', headers: { host: 'localhost', cookie } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.getSetCookie()).toEqual([
      'pathshala.playground=; Path=/api/playground/options; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    ]);
    expect(await response.json()).toEqual({ reset: true, destroyed: true });
    expect(await sandbox.store.get('api-reset')).toBeNull();
  });

  it('should refuse a reset from another site with 403', async () => {
    const response = await playgroundDelete(
      new Request(URL_, { method: 'DELETE', headers: { host: 'localhost', origin: 'https://evil.example' } }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
