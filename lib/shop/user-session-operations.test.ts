import { afterEach, describe, expect, it } from 'vitest';
import { RedisStore, type RedisConnection, type SessionStore } from '@/lib/session';
import { redisForSuite } from '@/lib/session/testing/redis-client';
import { currentUser, loginWith } from './auth-operations';
import { FailureLimiter } from './rate-limit';
import { BrowserHarness } from '../site/testing/session-harness';
import { endAllUserSessions, endUserSession, listUserSessions, rememberLogin, type SessionRow } from './user-session-operations';
import { MemoryUserSessionIndex, RedisUserSessionIndex, type UserSessionIndex } from './user-sessions';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const LAPTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

const redis = redisForSuite();

interface Server {
  readonly first: BrowserHarness;
  readonly store: SessionStore;
  readonly index: UserSessionIndex;
}

const servers: [string, () => Promise<Server>][] = [
  [
    'memory',
    async () => {
      const first = new BrowserHarness();
      return { first, store: first.engine.options.store, index: new MemoryUserSessionIndex() };
    },
  ],
  [
    'redis',
    async () => {
      await redis.client.flushAll();
      const store = new RedisStore(redis.client as unknown as RedisConnection);
      return { first: new BrowserHarness({ store }), store, index: new RedisUserSessionIndex(redis.client as unknown as RedisConnection) };
    },
  ],
];

describe.each(servers)('your sessions, on the %s store', (_kind, makeServer) => {
  let server: Server;
  afterEach(async () => {
    await server?.first.close();
  });

  async function logIn(browser: BrowserHarness, userAgent: string, username = 'riya', password = 'chai-1234') {
    await browser.request(async (session) => {
      const result = await loginWith(session, { username, password }, '1.2.3.4', new FailureLimiter());
      expect(result.ok).toBe(true);
      await rememberLogin(session, server.index, userAgent);
    });
  }

  const list = async (browser: BrowserHarness, userAgent = LAPTOP) =>
    (await browser.request((session) => listUserSessions(session, server.store, server.index, userAgent))).value;
  const rows = async (browser: BrowserHarness): Promise<SessionRow[]> => {
    const result = await list(browser);
    if (!result.ok) throw new Error(`not listed: ${result.error.code}`);
    return result.value.sessions;
  };
  const who = async (browser: BrowserHarness) => (await browser.request((session) => currentUser(session.data)?.username ?? null)).value;

  it('should show each of two browsers both of riya’s sessions, with devices, short ids and which one is current', async () => {
    server = await makeServer();
    const phone = server.first;
    const laptop = phone.anotherBrowser();
    await logIn(phone, PHONE);
    await logIn(laptop, LAPTOP);
    const fromPhone = await rows(phone);
    const fromLaptop = await rows(laptop);
    expect(fromPhone.map((row) => [row.device, row.current])).toEqual([
      ['Safari on iOS', true],
      ['Firefox on Windows', false],
    ]);
    expect(fromLaptop.map((row) => [row.device, row.current])).toEqual([
      ['Safari on iOS', false],
      ['Firefox on Windows', true],
    ]);
    const phoneSid = (await phone.request((session) => session.id)).value;
    for (const row of fromPhone) {
      expect(row.id).toMatch(/^[A-Za-z0-9_-]{6}$/);
      expect(Date.parse(row.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(row.createdAt));
    }
    expect(fromPhone[0]?.id).toBe(phoneSid.slice(0, 6));
    expect(JSON.stringify(fromLaptop)).not.toContain(phoneSid);
  });

  it('should end the other browser’s session with "log out this one", and leave this one logged in', async () => {
    server = await makeServer();
    const phone = server.first;
    const laptop = phone.anotherBrowser();
    await logIn(phone, PHONE);
    await logIn(laptop, LAPTOP);
    const phoneRow = (await rows(laptop)).find((row) => !row.current);
    const ended = await laptop.request((session) => endUserSession(session, server.store, server.index, phoneRow?.id ?? ''));
    expect(ended.value).toEqual({ ok: true, value: { ended: phoneRow?.id, current: false } });
    expect(await who(phone)).toBeNull();
    expect(await who(laptop)).toBe('riya');
    expect((await rows(laptop)).map((row) => row.device)).toEqual(['Firefox on Windows']);
  });

  it('should end this browser’s own session through the engine, sending a cookie no more', async () => {
    server = await makeServer();
    const laptop = server.first;
    await logIn(laptop, LAPTOP);
    const [own] = await rows(laptop);
    const ended = await laptop.request((session) => endUserSession(session, server.store, server.index, own?.id ?? ''));
    expect(ended.value).toEqual({ ok: true, value: { ended: own?.id, current: true } });
    expect(await server.store.length()).toBe(0);
  });

  it('should end every session of the user with "log out everywhere", and no one else’s', async () => {
    server = await makeServer();
    const phone = server.first;
    const laptop = phone.anotherBrowser();
    const amanPc = phone.anotherBrowser();
    await logIn(phone, PHONE);
    await logIn(laptop, LAPTOP);
    await logIn(amanPc, LAPTOP, 'aman', 'samosa-1234');
    const ended = await laptop.request((session) => endAllUserSessions(session, server.store, server.index));
    expect(ended.value).toEqual({ ok: true, value: { ended: 2 } });
    expect(await who(phone)).toBeNull();
    expect(await who(laptop)).toBeNull();
    expect(await who(amanPc)).toBe('aman');
    expect(await server.index.list('riya')).toEqual([]);
  });

  it('should never let one user name another user’s session', async () => {
    server = await makeServer();
    const riya = server.first;
    const aman = riya.anotherBrowser();
    await logIn(riya, PHONE);
    await logIn(aman, LAPTOP, 'aman', 'samosa-1234');
    const riyaId = (await rows(riya))[0]?.id ?? '';
    expect((await rows(aman)).map((row) => row.id)).not.toContain(riyaId);
    const refused = await aman.request((session) => endUserSession(session, server.store, server.index, riyaId));
    expect(refused.value).toEqual({ ok: false, error: { code: 'unknown_session' } });
    expect(await who(riya)).toBe('riya');
  });

  it('should refuse ids that are not a short id', async () => {
    server = await makeServer();
    const riya = server.first;
    await logIn(riya, PHONE);
    const sid = (await riya.request((session) => session.id)).value;
    for (const id of [sid, '', '../../x', sid.slice(0, 5)]) {
      const refused = await riya.request((session) => endUserSession(session, server.store, server.index, id));
      expect(refused.value, id).toEqual({ ok: false, error: { code: 'unknown_session' } });
    }
    expect(await who(riya)).toBe('riya');
  });

  it('should drop from the index a session that ended without it (expired, or logged out)', async () => {
    server = await makeServer();
    const phone = server.first;
    const laptop = phone.anotherBrowser();
    await logIn(phone, PHONE);
    await logIn(laptop, LAPTOP);
    const phoneSid = (await phone.request((session) => session.id)).value;
    await server.store.destroy(phoneSid);
    expect((await rows(laptop)).map((row) => row.device)).toEqual(['Firefox on Windows']);
    expect((await server.index.list('riya')).map((entry) => entry.sid)).not.toContain(phoneSid);
  });

  it('should refuse a visitor who is not logged in, on every operation', async () => {
    server = await makeServer();
    const visitor = server.first;
    const refused = { ok: false, error: { code: 'not_logged_in' } };
    expect(await list(visitor)).toEqual(refused);
    expect((await visitor.request((session) => endUserSession(session, server.store, server.index, 'abcdef'))).value).toEqual(refused);
    expect((await visitor.request((session) => endAllUserSessions(session, server.store, server.index))).value).toEqual(refused);
  });

  it('should list a session that logged in before the index knew it, as the current one', async () => {
    server = await makeServer();
    const riya = server.first;
    await riya.request((session) => loginWith(session, { username: 'riya', password: 'chai-1234' }, '1.2.3.4', new FailureLimiter()));
    expect((await rows(riya)).map((row) => [row.device, row.current])).toEqual([['Firefox on Windows', true]]);
    expect(await server.index.list('riya')).toHaveLength(1);
  });
});
