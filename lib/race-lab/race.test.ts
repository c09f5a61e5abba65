import { describe, expect, it } from 'vitest';
import { createSessionEngine, MemoryStore, type Session, type SessionEngine } from '@/lib/session';
import { isRaceMode, raceAdd, raceCookiePath, raceCount, raceEngineOptions, raceReset, type RaceMode } from './race';

const SECRET = ['race-secret'];

/** Sends one lab request; returns the Set-Cookie and what the handler returned. */
async function send<T>(
  engine: SessionEngine,
  mode: RaceMode,
  action: string,
  cookie: string | null,
  fn: (session: Session) => T | Promise<T>,
) {
  const request = new Request(`http://localhost${raceCookiePath(mode)}${action}`, {
    method: 'POST',
    headers: cookie === null ? {} : { cookie },
  });
  let value!: T;
  const response = await engine.withSession(request, async (session) => {
    value = await fn(session!);
    return new Response(null);
  });
  return { value, setCookie: response.headers.get('set-cookie') };
}

async function parallelAdds(mode: RaceMode, count: number): Promise<number> {
  const engine = createSessionEngine(raceEngineOptions(mode, SECRET, new MemoryStore()));
  const reset = await send(engine, mode, '/reset', null, raceReset);
  const cookie = reset.setCookie!.slice(0, reset.setCookie!.indexOf(';'));
  await Promise.all(Array.from({ length: count }, () => send(engine, mode, '/add', cookie, (session) => raceAdd(session, 20))));
  const final = await send(engine, mode, '', cookie, raceCount);
  await engine.close();
  return final.value;
}

describe('race lab engines', () => {
  it('should use their own cookie name and a path per mode, never the site cookie', async () => {
    const engine = createSessionEngine(raceEngineOptions('unlocked', SECRET, new MemoryStore()));
    const { setCookie } = await send(engine, 'unlocked', '/reset', null, raceReset);
    expect(setCookie).toMatch(/^pathshala\.race=s%3A[^;]+; Path=\/api\/demo\/race\/unlocked; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    await engine.close();
  });

  it('should lose no update of 20 parallel adds with locking', async () => {
    expect(await parallelAdds('locked', 20)).toBe(20);
  });

  it('should lose updates of 20 parallel adds without locking', async () => {
    expect(await parallelAdds('unlocked', 20)).toBeLessThan(20);
  });
});

describe('raceCount', () => {
  it('should read a missing or malformed count as 0', async () => {
    const engine = createSessionEngine(raceEngineOptions('locked', SECRET, new MemoryStore()));
    const { value } = await send(engine, 'locked', '', null, (session) => {
      const missing = raceCount(session);
      session.data.chai = -4;
      return [missing, raceCount(session)];
    });
    expect(value).toEqual([0, 0]);
    await engine.close();
  });
});

describe('isRaceMode', () => {
  it('should know exactly the two modes', () => {
    expect(['locked', 'unlocked', 'LOCKED', 'none'].map(isRaceMode)).toEqual([true, true, false, false]);
  });
});
