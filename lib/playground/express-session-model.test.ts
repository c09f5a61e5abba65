import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expressSessionOutcome, newSessionCookieFacts, type ExpressSessionSituation } from './express-session-model';
import { startExpressHarness, type ExpressExchange, type ExpressHarness } from './testing/express-app';
import { describeCombination, saveRuleCombinations, secureCombinations, staleCookieCombinations, type Combination } from './testing/matrix';
import { DEFAULT_PLAYGROUND_OPTIONS } from './options';

/*
 * The model against the real thing: express-session 1.19 in an Express app, over its own
 * MemoryStore (which implements `touch`), for every row of the playground's tables.
 */

let harness: ExpressHarness;
let rowNumber = 0;

beforeAll(async () => {
  harness = await startExpressHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Sends the row's request to express-session, creating (or inventing) the session it needs first. */
async function runOnExpressSession(row: Combination): Promise<ExpressExchange> {
  rowNumber += 1;
  let cookieSid: string | undefined;
  if (row.incoming === 'existing') {
    harness.nextId = `existing-${rowNumber}`;
    await harness.send(row.options, 'modify', { https: row.https });
    cookieSid = harness.nextId;
  } else if (row.incoming === 'stale') {
    cookieSid = `never-stored-${rowNumber}`;
  }
  harness.nextId = `new-${rowNumber}`;
  return harness.send(row.options, row.kind, { https: row.https, cookieSid });
}

function situationOf(row: Combination): ExpressSessionSituation {
  const { resave, saveUninitialized, rolling } = row.options;
  // The session was created with the row's options, so its cookie is what they make.
  return {
    resave,
    saveUninitialized,
    rolling,
    kind: row.kind,
    incoming: row.incoming,
    https: row.https,
    ...newSessionCookieFacts(row.options, row.https),
  };
}

describe.each([
  ['the save options (resave × saveUninitialized × rolling × maxAge × kind × new/existing)', saveRuleCombinations()],
  ['a signed cookie whose session is gone from the store', staleCookieCombinations()],
  ['secure false/true/auto over HTTP and HTTPS', secureCombinations()],
])('express-session model: %s', (_title, rows) => {
  it.each(rows.map((row) => [describeCombination(row), row] as const))('should match express-session 1.19: %s', async (_name, row) => {
    const actual = await runOnExpressSession(row);
    const model = expressSessionOutcome(situationOf(row));
    expect({ setCookie: model.setCookie, storeOps: model.storeOps }).toEqual({
      setCookie: actual.setCookie !== null,
      storeOps: actual.ops,
    });
  });
});

describe('express-session model: details', () => {
  it('should have express-session send only Expires (no Max-Age) for maxAge, as the engine does', async () => {
    harness.nextId = 'expires-check';
    const options = DEFAULT_PLAYGROUND_OPTIONS;
    const { setCookie } = await harness.send(options, 'modify', { https: false });
    expect(setCookie).toMatch(/^pathshala\.playground=s%3Aexpires-check\.[^;]+; Path=\/; Expires=[^;]+ GMT; HttpOnly; SameSite=Lax$/);
  });

  it("should have express-session accept sameSite 'none' with secure false and send a cookie browsers reject", async () => {
    harness.nextId = 'none-without-secure';
    const options = {
      resave: false,
      saveUninitialized: false,
      rolling: false,
      maxAgeMs: null,
      secure: false,
      httpOnly: true,
      sameSite: 'none',
    } as const;
    const { setCookie } = await harness.send(options, 'modify', { https: false });
    expect(setCookie).toMatch(/; SameSite=None$/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it('should mark every store write as one whose headers leave first (express-session answers before the store does)', () => {
    const base = {
      resave: false,
      saveUninitialized: false,
      rolling: false,
      cookieHasExpiry: true,
      cookieSecure: false,
      https: false,
    } as const;
    expect(expressSessionOutcome({ ...base, kind: 'modify', incoming: 'none' })).toEqual({
      setCookie: true,
      storeOps: ['set'],
      headersBeforeStoreWrite: true,
    });
    expect(expressSessionOutcome({ ...base, kind: 'read', incoming: 'existing' })).toEqual({
      setCookie: false,
      storeOps: ['get', 'touch'],
      headersBeforeStoreWrite: true,
    });
    expect(expressSessionOutcome({ ...base, kind: 'nothing', incoming: 'none' })).toEqual({
      setCookie: false,
      storeOps: [],
      headersBeforeStoreWrite: false,
    });
  });
});
