import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './lock';
import { SessionLockTimeoutError } from './stores/store';
import { cookieFor, exchange, setupEngine } from './testing/engine-setup';
import { parallelIncrements } from './testing/concurrency';

describe('KeyedMutex', () => {
  it('should let holders of one key in one at a time, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        const release = await mutex.acquire('sid', 1_000);
        order.push(`in:${name}`);
        await sleep(5);
        order.push(`out:${name}`);
        release();
      }),
    );
    expect(order).toEqual(['in:a', 'out:a', 'in:b', 'out:b', 'in:c', 'out:c']);
  });

  it('should not make different keys wait for each other', async () => {
    const mutex = new KeyedMutex();
    const releaseA = await mutex.acquire('a', 1_000);
    const releaseB = await mutex.acquire('b', 10);
    releaseA();
    releaseB();
    expect(mutex.size).toBe(0);
  });

  it('should time out a waiter without blocking those behind it', async () => {
    const mutex = new KeyedMutex();
    const release = await mutex.acquire('sid', 1_000);
    const impatient = mutex.acquire('sid', 20);
    const patient = mutex.acquire('sid', 1_000);
    await expect(impatient).rejects.toBeInstanceOf(SessionLockTimeoutError);
    release();
    const releasePatient = await patient;
    releasePatient();
    expect(mutex.size).toBe(0);
  });
});

describe('locking option', () => {
  it('should end 50 parallel increments on one session at 50 (memory store)', async () => {
    const { engine, store } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.n = 0;
    });
    await parallelIncrements([engine], cookieFor('sid-1'), 50);
    expect((await store.entry('sid-1'))?.n).toBe(50);
  });

  it('should lose updates when turned off (the race a lesson shows)', async () => {
    const { engine, store } = setupEngine({ locking: false });
    await exchange(engine, {}, (session) => {
      session.data.n = 0;
    });
    await parallelIncrements([engine], cookieFor('sid-1'), 50);
    const n = (await store.entry('sid-1'))?.n as number;
    expect(n).toBeLessThan(50);
  });

  it('should fail with SessionLockTimeoutError when the lock is held too long', async () => {
    const { engine } = setupEngine({ lockWaitMs: 30 });
    await exchange(engine, {}, (session) => {
      session.data.n = 0;
    });
    const holder = await engine.open({ headers: new Headers({ cookie: cookieFor('sid-1') }), url: 'http://localhost/' });
    await expect(exchange(engine, { cookie: cookieFor('sid-1') })).rejects.toThrow(
      /^session-engine: gave up waiting 30 ms for the lock on session sid-1…/,
    );
    await holder.release();
  });

  it('should not lock new sessions, so cookie-less requests never wait', async () => {
    const { engine } = setupEngine({ lockWaitMs: 0 });
    const results = await Promise.all(Array.from({ length: 10 }, () => exchange(engine)));
    expect(new Set(results.map((result) => result.sid)).size).toBe(10);
  });
});
