import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore, signSessionId, type NoCookieReason } from '@/lib/session';
import { decideCommit, shouldSave, shouldSetCookie, shouldTouch, type CommitFacts } from '@/lib/session/rules';
import { PLAYGROUND_COOKIE_NAME, PLAYGROUND_COOKIE_PATH } from './engine-cache';
import { expressSessionOutcome, newSessionCookieFacts } from './express-session-model';
import type { PlaygroundResult } from './outcome';
import { PlaygroundSandbox } from './sandbox';
import { DEFAULT_PLAYGROUND_OPTIONS, type PlaygroundKind, type PlaygroundOptions } from './options';
import { startExpressHarness, type ExpressHarness } from './testing/express-app';
import { describeCombination, saveRuleCombinations, secureCombinations, staleCookieCombinations, type Combination } from './testing/matrix';

/*
 * The heart of the playground: for every option combination, what the sandbox really did
 * (the real engine, through the same code the API route runs) is what the engine's own rules
 * in lib/session/rules.ts prescribe, and what express-session 1.19 would do.
 */

const SECRET = 'playground outcome secret';

let nextId = 'unset';
const sandbox = new PlaygroundSandbox({ secrets: [SECRET], genid: () => nextId });
let rowNumber = 0;

function cookieHeader(sid: string): string {
  return `${PLAYGROUND_COOKIE_NAME}=${encodeURIComponent(signSessionId(sid, SECRET))}`;
}

function playgroundRequest(https: boolean, cookie?: string, init: { method?: string } = {}): Request {
  const headers = new Headers({ host: 'localhost', 'content-type': 'application/json' });
  if (cookie !== undefined) headers.set('cookie', `pathshala.sid=s%3Areal-session.sig; ${cookie}`);
  return new Request(`${https ? 'https' : 'http'}://localhost${PLAYGROUND_COOKIE_PATH}`, { method: init.method ?? 'POST', headers });
}

function send(options: PlaygroundOptions, kind: PlaygroundKind, https: boolean, cookie?: string) {
  return sandbox.run(playgroundRequest(https, cookie), { options, kind }, 'en');
}

/** Runs the row on the sandbox, creating (or inventing) the session it needs first. */
async function runOnSandbox(
  row: Combination,
): Promise<{ result: PlaygroundResult; setCookie: string | null; sids: { cookie: string | null; now: string } }> {
  rowNumber += 1;
  let cookieSid: string | null = null;
  if (row.incoming === 'existing') {
    nextId = `existing-${rowNumber}`;
    await send(row.options, 'modify', row.https);
    cookieSid = nextId;
  } else if (row.incoming === 'stale') {
    cookieSid = `never-stored-${rowNumber}`;
  }
  nextId = `new-${rowNumber}`;
  const exchange = await send(row.options, row.kind, row.https, cookieSid === null ? undefined : cookieHeader(cookieSid));
  return { ...exchange, sids: { cookie: cookieSid, now: row.incoming === 'existing' ? cookieSid! : nextId } };
}

/** What lib/session/rules.ts prescribes for the row, from the facts the engine would see. */
function prescribedByRules(row: Combination, sids: { cookie: string | null; now: string }) {
  const existing = row.incoming === 'existing';
  const originalData = existing ? '{"counter":1}' : '{}';
  const currentData = row.kind !== 'modify' ? originalData : existing ? '{"counter":2}' : '{"counter":1}';
  const { cookieHasExpiry, cookieSecure } = newSessionCookieFacts(row.options, row.https);
  const facts: CommitFacts = {
    cookieSid: sids.cookie,
    originalSid: sids.now,
    sid: sids.now,
    originalData,
    savedData: existing && !row.options.resave ? originalData : null,
    currentData,
    saveUninitialized: row.options.saveUninitialized,
    rolling: row.options.rolling,
    cookieHasExpiry,
    destroyed: false,
    unset: false,
    unsetDestroys: false,
    cookieSecure,
    requestSecure: row.https,
  };
  const storeAction = shouldSave(facts) ? 'set' : shouldTouch(facts) ? 'touch' : null;
  const ops = [...(sids.cookie !== null ? ['get'] : []), ...(storeAction === null ? [] : [storeAction])];
  const setCookie = shouldSetCookie(facts) && !(cookieSecure && !row.https);
  return { ops, setCookie, reason: decideCommit(facts).noCookieReason, cookieSecure, cookieHasExpiry };
}

describe.each([
  ['the save options (resave × saveUninitialized × rolling × maxAge × kind × new/existing)', saveRuleCombinations()],
  ['a signed cookie whose session is gone from the store', staleCookieCombinations()],
  ['secure false/true/auto over HTTP and HTTPS', secureCombinations()],
])("the options playground's outcomes for each option combination match the engine's own rules: %s", (_title, rows) => {
  it.each(rows.map((row) => [describeCombination(row), row] as const))('%s', async (_name, row) => {
    const { result, setCookie, sids } = await runOnSandbox(row);
    const rules = prescribedByRules(row, sids);

    // What the engine did is what its rules say.
    expect(result.storeOperations.map(({ op }) => op)).toEqual(rules.ops);
    expect(setCookie !== null).toBe(rules.setCookie);
    expect(result.setCookie).toBe(setCookie);
    expect(result.noSetCookieReason).toBe(rules.reason);
    expect(result.incoming).toBe(row.incoming);

    // And what express-session 1.19 would do: the two agree on every row of these tables.
    const express = expressSessionOutcome({
      ...row.options,
      kind: row.kind,
      incoming: row.incoming,
      https: row.https,
      ...newSessionCookieFacts(row.options, row.https),
    });
    expect(result.expressSession).toEqual(express);
    expect({ setCookie: express.setCookie, storeOps: express.storeOps }).toEqual({ setCookie: rules.setCookie, storeOps: rules.ops });
    expect(result.differs).toBe(false);

    // The cookie, when sent, is the sandbox's: its name and path, the row's attributes, the right sid.
    if (setCookie !== null) {
      expect(setCookie.startsWith(`${cookieHeader(sids.now)}; Path=${PLAYGROUND_COOKIE_PATH}; `)).toBe(true);
      expect(setCookie.includes('; Expires=')).toBe(rules.cookieHasExpiry);
      expect(setCookie.endsWith('; SameSite=Lax')).toBe(true);
      expect(/; Secure(;|$)/.test(setCookie)).toBe(rules.cookieSecure);
    }

    // The route's view of the data: read and modify see it, nothing never looks.
    const counterBefore = row.incoming === 'existing' ? 1 : 0;
    if (row.kind === 'nothing') expect(result.sessionData).toBeNull();
    else
      expect(result.sessionData).toEqual(
        row.kind === 'modify' ? { counter: counterBefore + 1 } : counterBefore ? { counter: counterBefore } : {},
      );
  });
});

describe('the options playground: exact answers', () => {
  it('should answer a first modify with the exact Set-Cookie of the sandbox cookie and one set', async () => {
    nextId = 'exact-1';
    const options: PlaygroundOptions = { ...DEFAULT_PLAYGROUND_OPTIONS, maxAgeMs: null, sameSite: 'strict', httpOnly: false };
    const { result, setCookie } = await send(options, 'modify', false);
    expect(setCookie).toBe(`${cookieHeader('exact-1')}; Path=/api/playground/options; SameSite=Strict`);
    expect(result).toMatchObject({
      incoming: 'none',
      storeOperations: [{ op: 'set' }],
      noSetCookieReason: null,
      sessionData: { counter: 1 },
    });
  });

  it.each<[PlaygroundKind, NoCookieReason]>([
    ['read', 'save-uninitialized-off'],
    ['nothing', 'save-uninitialized-off'],
  ])('should send no cookie and call no store method for a new session on %s with saveUninitialized off', async (kind, reason) => {
    const { result, setCookie } = await send(DEFAULT_PLAYGROUND_OPTIONS, kind, false);
    expect(setCookie).toBeNull();
    expect(result).toMatchObject({ setCookie: null, noSetCookieReason: reason, storeOperations: [], differs: false });
  });

  it('should note that a loaded session keeps the cookie settings it was created with', async () => {
    nextId = 'kept-1';
    await send({ ...DEFAULT_PLAYGROUND_OPTIONS, maxAgeMs: null }, 'modify', false);
    const { result, setCookie } = await send({ ...DEFAULT_PLAYGROUND_OPTIONS, rolling: true }, 'read', false, cookieHeader('kept-1'));
    expect(setCookie).not.toContain('Expires=');
    expect(result.notes).toEqual(['kept-cookie-settings']);
    expect(result.note).toMatch(/keeps them, as in express-session/);
  });

  it('should note that a Secure cookie over HTTP is never sent though the session is stored', async () => {
    const { result, setCookie } = await send({ ...DEFAULT_PLAYGROUND_OPTIONS, secure: true }, 'modify', false);
    expect(setCookie).toBeNull();
    expect(result).toMatchObject({
      noSetCookieReason: 'secure-over-http',
      storeOperations: [{ op: 'set' }],
      notes: ['secure-over-http'],
      differs: false,
    });
  });

  it("should note that browsers reject SameSite=None without Secure ('auto' over HTTP)", async () => {
    const { result, setCookie } = await send({ ...DEFAULT_PLAYGROUND_OPTIONS, secure: 'auto', sameSite: 'none' }, 'modify', false);
    expect(setCookie).toMatch(/; SameSite=None$/);
    expect(result.notes).toEqual(['same-site-none-rejected']);
  });

  it('should give the notes in the request language', async () => {
    const { result } = await sandbox.run(
      playgroundRequest(false),
      { options: { ...DEFAULT_PLAYGROUND_OPTIONS, secure: true }, kind: 'modify' },
      'hi-latn',
    );
    expect(result.note).toMatch(/^Plain HTTP par Secure cookie nahi bheji jaati/);
  });
});

describe('the options playground: sandbox isolation', () => {
  it("should leave the learner's real session alone: only the sandbox cookie is read and only the sandbox store written", async () => {
    nextId = 'isolated-1';
    const request = playgroundRequest(false, 'pathshala.sid=s%3Areal.sig');
    const { result } = await sandbox.run(request, { options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'read' }, 'en');
    expect(result.incoming).toBe('none');
    expect(result.storeOperations).toEqual([]);
  });

  it('should keep a session across option changes (one store for every engine) and count on', async () => {
    nextId = 'across-1';
    await send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', false);
    const { result } = await send(
      { ...DEFAULT_PLAYGROUND_OPTIONS, resave: true, rolling: true },
      'modify',
      false,
      cookieHeader('across-1'),
    );
    expect(result).toMatchObject({ incoming: 'existing', sessionData: { counter: 2 }, storeOperations: [{ op: 'get' }, { op: 'set' }] });
  });

  it('should match each trace event to its own request when learners send at once', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `parallel-${i}`);
    for (const id of ids) {
      nextId = id;
      await send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', false);
    }
    const results = await Promise.all(
      ids.map((id, i) => send(DEFAULT_PLAYGROUND_OPTIONS, i % 2 === 0 ? 'modify' : 'read', false, cookieHeader(id))),
    );
    results.forEach(({ result }, i) => {
      expect(result.kind).toBe(i % 2 === 0 ? 'modify' : 'read');
      expect(result.storeOperations.map(({ op }) => op)).toEqual(i % 2 === 0 ? ['get', 'set'] : ['get', 'touch']);
      expect(result.sessionData).toEqual({ counter: i % 2 === 0 ? 2 : 1 });
    });
  });

  it('should reset: delete the sandbox session and answer with a Set-Cookie that clears the sandbox cookie', async () => {
    nextId = 'reset-1';
    await send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', false);
    expect(await sandbox.store.get('reset-1')).not.toBeNull();
    const { destroyed, setCookie } = await sandbox.reset(playgroundRequest(false, cookieHeader('reset-1'), { method: 'DELETE' }));
    expect(destroyed).toBe(true);
    expect(setCookie).toBe(
      'pathshala.playground=; Path=/api/playground/options; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    );
    expect(await sandbox.store.get('reset-1')).toBeNull();
    const again = await sandbox.reset(playgroundRequest(false, cookieHeader('reset-1'), { method: 'DELETE' }));
    expect(again.destroyed).toBe(false);
  });

  it('should not delete anything for a reset with a forged cookie', async () => {
    nextId = 'forged-1';
    await send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', false);
    const forged = `${PLAYGROUND_COOKIE_NAME}=${encodeURIComponent(signSessionId('forged-1', 'another secret'))}`;
    const { destroyed } = await sandbox.reset(playgroundRequest(false, forged, { method: 'DELETE' }));
    expect(destroyed).toBe(false);
    expect(await sandbox.store.get('forged-1')).not.toBeNull();
  });
});

describe('the options playground: deliberate differences from express-session', () => {
  let harness: ExpressHarness;
  beforeAll(async () => {
    harness = await startExpressHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('should finish the store write before the response exists, where express-session sends its headers first', async () => {
    // Ours: a slow store; the response does not exist until the write has landed.
    const slowStore = new MemoryStore();
    const slowSet = slowStore.set.bind(slowStore);
    let written = false;
    slowStore.set = async (sid, json, expiresAtMs) => {
      await new Promise((resolve) => setTimeout(resolve, 80));
      await slowSet(sid, json, expiresAtMs);
      written = true;
    };
    const slow = new PlaygroundSandbox({ secrets: [SECRET], store: slowStore });
    const { setCookie } = await slow.run(playgroundRequest(false), { options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'modify' }, 'en');
    expect(setCookie).not.toBeNull();
    expect(written).toBe(true);

    // express-session: the Set-Cookie arrives while its store's set is still pending.
    harness.recorder.delayMs = 80;
    harness.recorder.writesDone = 0;
    harness.nextId = 'headers-first';
    const response = await harness.fetchHeaders(DEFAULT_PLAYGROUND_OPTIONS, 'modify', { https: false });
    expect(response.headers.getSetCookie()).toHaveLength(1);
    expect(harness.recorder.writesDone).toBe(0);
    await response.text();
    expect(harness.recorder.writesDone).toBe(1);
    harness.recorder.delayMs = 0;
  });

  it('should lose no update when two requests modify one session at once, where express-session loses one', async () => {
    nextId = 'lock-1';
    await send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', false);
    await Promise.all([1, 2].map(() => send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', false, cookieHeader('lock-1'))));
    const { result } = await send(DEFAULT_PLAYGROUND_OPTIONS, 'read', false, cookieHeader('lock-1'));
    expect(result.sessionData).toEqual({ counter: 3 });

    harness.nextId = 'express-lock-1';
    await harness.send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', { https: false });
    harness.recorder.delayMs = 30;
    await Promise.all([1, 2].map(() => harness.send(DEFAULT_PLAYGROUND_OPTIONS, 'modify', { https: false, cookieSid: 'express-lock-1' })));
    harness.recorder.delayMs = 0;
    const { counter } = await harness.send(DEFAULT_PLAYGROUND_OPTIONS, 'read', { https: false, cookieSid: 'express-lock-1' });
    expect(counter).toBe(2);
  });

  it("should refuse sameSite 'none' with secure false when building the engine (express-session accepts it)", () => {
    expect(() => sandbox.engineFor({ ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'none', secure: false })).toThrow(
      /^session-engine: cookie\.sameSite 'none' needs cookie\.secure true or 'auto'/,
    );
  });
});
