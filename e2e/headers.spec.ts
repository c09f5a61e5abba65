import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';

const LESSON = '/en/learn/what-is-a-session';
/** A lab page that reads the session on the server, so it is rendered per request. */
const LAB = '/en/lab/login';

function directives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'];
  expect(policy, `${response.url()} has no Content-Security-Policy`).toBeTruthy();
  return new Map(
    policy!.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

/** The text of every inline `<script>` (no `src`) in the HTML, with its attributes. */
function inlineScripts(html: string): { attributes: string; text: string }[] {
  return [...html.matchAll(/<script((?![^>]*\ssrc=)[^>]*)>([\s\S]*?)<\/script>/g)]
    .map((match) => ({ attributes: match[1] ?? '', text: match[2] ?? '' }))
    .filter((script) => script.text.length > 0);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function expectBaseline(response: APIResponse): void {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(directives(response).get('frame-ancestors')).toEqual(["'none'"]);
}

/** Records what the browser refused under the page's policy. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return violations;
}

test.describe('security headers', () => {
  test('a lesson stays prerendered and its policy allows exactly its own inline scripts, by hash', async ({ request }) => {
    const response = await request.get(LESSON);
    expect(response.status()).toBe(200);
    expect(response.headers()['x-nextjs-prerender']).toContain('1');
    expectBaseline(response);
    const csp = directives(response);
    const scriptSrc = csp.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    const scripts = inlineScripts(await response.text());
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(scriptSrc, script.text.slice(0, 60)).toContain(sha256(script.text));
  });

  test('a lab page that reads the session gets a fresh nonce on every inline script and is never cached', async ({ request }) => {
    const first = await request.get(LAB, { headers: { 'x-forwarded-for': '198.20.0.1' } });
    const second = await request.get(LAB, { headers: { 'x-forwarded-for': '198.20.0.1' } });
    expect(first.status()).toBe(200);
    expectBaseline(first);
    expect(first.headers()['cache-control']).toContain('no-store');
    const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(directives(response).get('script-src')?.join(' ') ?? '')?.[1];
    const nonce = nonceOf(first);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second)).not.toBe(nonce);
    const scriptSrc = directives(first).get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    for (const script of inlineScripts(await first.text())) {
      const allowed = script.attributes.includes(`nonce="${nonce}"`) || scriptSrc.includes(sha256(script.text));
      expect(allowed, script.text.slice(0, 60)).toBe(true);
    }
  });

  test('every demo API response and the inspector are no-store, nosniff, and allow nothing to run', async ({ request }) => {
    for (const path of ['/api/demo/cart', '/api/demo/me', '/api/demo/activity', '/api/inspect', '/api/demo/nowhere']) {
      const response = await request.get(path, { headers: { 'x-forwarded-for': '198.20.0.2' } });
      expect(response.headers()['cache-control'], path).toBe('no-store');
      expectBaseline(response);
      expect(directives(response).get('default-src'), path).toEqual(["'none'"]);
    }
  });

  test("the CSRF lab's attacker page keeps its own policy alone, so its form and image can aim at the other site", async ({ request }) => {
    const target = 'http://127.0.0.1:3000';
    const response = await request.get(`/api/lab/security/csrf/attacker?run=headers-spec-run&target=${encodeURIComponent(target)}&lang=en`);
    expect(response.status()).toBe(200);
    const policies = response.headersArray().filter((header) => header.name.toLowerCase() === 'content-security-policy');
    expect(policies.map((header) => header.value)).toEqual([
      `default-src 'none'; img-src ${target}; form-action ${target}; frame-ancestors 'none'; base-uri 'none'`,
    ]);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('the login server action, which sets the session cookie, answers no-store with the page policy', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.20.0.4' } });
    const page = await context.newPage();
    await page.goto(LAB);
    await page.getByLabel('Username').fill('riya');
    await page.getByLabel('Password').fill('chai-1234');
    const [action] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === LAB),
      page.getByRole('button', { name: 'Log in' }).click(),
    ]);
    const headers = await action.allHeaders();
    expect(headers['set-cookie']).toContain('pathshala.sid=');
    expect(headers['cache-control']).toContain('no-store');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.getByText('Namaste, Riya!').first()).toBeVisible();
    await context.close();
  });

  const pages = [
    { path: LESSON, status: 200 },
    { path: '/hi-latn', status: 200 },
    { path: '/en/lab/cart', status: 200 },
    { path: LAB, status: 200 },
    { path: '/en/no-such-page', status: 404 },
    { path: '/en/learn/no-such-lesson', status: 404 },
  ];
  for (const { path, status } of pages) {
    test(`${path} runs in Chromium under its policy without a single violation`, async ({ browser }) => {
      const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.20.0.3' } });
      const page = await context.newPage();
      const violations = await collectViolations(page);
      expect((await page.goto(path))?.status()).toBe(status);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      // Next's inline flight data ran: the browser hydrated the page from it.
      expect(await page.evaluate(() => Array.isArray((window as { __next_f?: unknown }).__next_f))).toBe(true);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});

// scripts/server.mjs keeps prerendered pages and /_next/static compressed in memory
// (lib/http/page-cache.mjs). Next itself only ever gzips, so `br` is the cache answering.
test.describe('pages kept compressed', () => {
  const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

  /** Asks until the cache answers (its first answer comes from Next; compression runs after it). */
  async function fromCache(request: APIRequestContext, path: string): Promise<APIResponse> {
    let response = await request.get(path, { headers: BROWSER });
    await expect
      .poll(async () => {
        response = await request.get(path, { headers: BROWSER });
        return response.headers()['content-encoding'];
      })
      .toBe('br');
    return response;
  }

  test('a lesson is answered in brotli with its ETag, headers and policy, and 304 to a revisit', async ({ request }) => {
    const response = await fromCache(request, LESSON);
    expect(response.status()).toBe(200);
    expectBaseline(response);
    const headers = response.headers();
    expect(headers['cache-control']).toBe('s-maxage=31536000');
    expect(headers.vary).toContain('Accept-Encoding');
    expect(headers.etag).toMatch(/^"[^"]+"$/);
    expect(Number(headers['content-length'])).toBeLessThan(40_000);
    const html = await response.text();
    expect(html).toContain('<h1');
    // The policy still lists the hash of every inline script of the page it came with.
    const scriptSrc = directives(response).get('script-src') ?? [];
    for (const script of inlineScripts(html)) expect(scriptSrc, script.text.slice(0, 60)).toContain(sha256(script.text));

    const revisit = await request.get(LESSON, { headers: { ...BROWSER, 'if-none-match': headers.etag! } });
    expect(revisit.status()).toBe(304);
    expect(revisit.headers().etag).toBe(headers.etag);
    expect((await revisit.body()).length).toBe(0);
    const gzip = await request.get(LESSON, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    expect(await gzip.text()).toBe(html);
  });

  test("a lesson's static scripts are kept compressed and immutable", async ({ request }) => {
    const html = await (await request.get(LESSON)).text();
    const script = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const response = await fromCache(request, script!);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-type']).toContain('javascript');
  });

  test('the API and a lab page that reads the session stay no-store and are never answered from memory', async ({ request }) => {
    for (const path of ['/api/health', '/api/demo/me', LAB]) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await request.get(path, { headers: { ...BROWSER, 'x-forwarded-for': '198.20.0.9' } });
        const headers = response.headers();
        expect(headers['cache-control'], path).toContain('no-store');
        expect(headers['content-encoding'], path).not.toBe('br');
        expect(headers.etag, path).toBeUndefined();
      }
    }
  });
});
