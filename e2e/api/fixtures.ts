import { request as playwrightRequest, test as base, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { baseURL } from '../../playwright.config';

export { expect };

let nextAddress = 0;

/**
 * A client address for `X-Forwarded-For` that no other test uses. `next start` keeps a
 * client's own X-Forwarded-For (it only fills in the socket address when there is none), so
 * each test gets its own rate-limit bucket and never exhausts 127.0.0.1 for other suites.
 */
export function uniqueAddress(workerIndex: number): string {
  nextAddress++;
  return `198.18.${workerIndex % 256}.${nextAddress % 250}`;
}

/** A fresh browser-like client: its own cookie jar, its own client address. */
export async function newClient(address: string, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': address, 'x-pathshala-locale': 'en', ...headers },
  });
}

interface ApiFixtures {
  /** A client with a cookie jar, English messages and a client address of its own. */
  api: APIRequestContext;
  /** The address `api` sends in X-Forwarded-For. */
  address: string;
}

export const test = base.extend<ApiFixtures>({
  address: async ({}, provide, testInfo) => {
    await provide(uniqueAddress(testInfo.workerIndex));
  },
  api: async ({ address }, provide) => {
    const client = await newClient(address);
    await provide(client);
    await client.dispose();
  },
});

/** The session `Set-Cookie` headers of a response. */
export function sessionSetCookies(response: APIResponse, name = 'pathshala.sid'): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith(`${name}=`))
    .map((header) => header.value);
}

/** The value of the client's `pathshala.sid` cookie, or undefined. */
export async function sessionCookie(client: APIRequestContext): Promise<string | undefined> {
  const { cookies } = await client.storageState();
  return cookies.find((cookie) => cookie.name === 'pathshala.sid')?.value;
}

/** What the inspector says about this client. */
export interface Inspection {
  cookieHeader: string | null;
  sessionCookie: {
    name: string;
    value: string | null;
    prefix: string | null;
    sid: string | null;
    signature: string | null;
    valid: boolean;
    reason: string | null;
  };
  entry: ({ cookie: { expires: string } } & Record<string, unknown>) | null;
  entryReason: string | null;
  store: { kind: string; size: number };
  events: {
    method: string;
    path: string;
    status: number | null;
    cookieSent: boolean;
    setCookie: string | null;
    noSetCookieReason: string | null;
    storeOperations: { op: string; sid: string }[];
    sidBefore: string | null;
    sidAfter: string | null;
  }[];
}

export async function inspect(client: APIRequestContext): Promise<Inspection> {
  const response = await client.get('/api/inspect');
  expect(response.status()).toBe(200);
  expect(sessionSetCookies(response)).toEqual([]);
  return (await response.json()) as Inspection;
}

/** The client's stored session as JSON text, to compare before and after a refused request. */
export async function storedEntry(client: APIRequestContext): Promise<string> {
  return JSON.stringify((await inspect(client)).entry);
}

/** Asserts an error response: status, code, a message, no-store, and no session cookie. */
export async function expectError(response: APIResponse, status: number, code: string): Promise<string> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  expect(sessionSetCookies(response)).toEqual([]);
  return body.error.message;
}

/** Puts one chai in the cart so the client has a stored session. */
export async function startSession(client: APIRequestContext): Promise<void> {
  const response = await client.post('/api/demo/cart', { data: { productId: 'chai', qty: 1 } });
  expect(response.status()).toBe(200);
}

/** Request options that send `text` byte for byte as a JSON body (a string in `data` would be JSON-encoded again). */
export function rawJson(text: string): { data: Buffer; headers: Record<string, string> } {
  return { data: Buffer.from(text, 'utf8'), headers: { 'content-type': 'application/json' } };
}

/** 17 KB of valid JSON. */
export const OVERSIZED_JSON = JSON.stringify({ productId: 'chai', qty: 1, padding: 'x'.repeat(17 * 1024) });
