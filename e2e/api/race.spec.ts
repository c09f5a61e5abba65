import type { APIRequestContext } from '@playwright/test';
import { expect, expectError, sessionSetCookies, startSession, storedEntry, test } from './fixtures';

async function twentyParallelAdds(api: APIRequestContext, mode: 'locked' | 'unlocked'): Promise<number> {
  const reset = await api.post(`/api/demo/race/${mode}/reset`);
  expect(await reset.json()).toEqual({ count: 0 });
  const responses = await Promise.all(Array.from({ length: 20 }, () => api.post(`/api/demo/race/${mode}/add`)));
  for (const response of responses) expect(response.status()).toBe(200);
  return (await (await api.get(`/api/demo/race/${mode}`)).json()).count;
}

test.describe('race lab', () => {
  test('with locking, 20 parallel adds end at exactly 20', async ({ api }) => {
    expect(await twentyParallelAdds(api, 'locked')).toBe(20);
  });

  test('without locking, 20 parallel adds lose updates', async ({ api }) => {
    const count = await twentyParallelAdds(api, 'unlocked');
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(20);
  });

  test('uses its own cookie on its own path and never touches the real session', async ({ api }) => {
    await startSession(api);
    const before = await storedEntry(api);
    for (const mode of ['locked', 'unlocked'] as const) {
      const reset = await api.post(`/api/demo/race/${mode}/reset`);
      expect(sessionSetCookies(reset)).toEqual([]);
      const [raceCookie] = sessionSetCookies(reset, 'pathshala.race');
      expect(raceCookie).toMatch(
        new RegExp(`^pathshala\\.race=s%3A[^;]+; Path=/api/demo/race/${mode}; Expires=[^;]+; HttpOnly; SameSite=Lax$`),
      );
      await api.post(`/api/demo/race/${mode}/add`);
      expect(await (await api.get(`/api/demo/race/${mode}`)).json()).toEqual({ count: 1 });
    }
    expect(await storedEntry(api)).toBe(before);
  });

  test('counts 0 before any reset and answers 404 for an unknown mode', async ({ api }) => {
    expect(await (await api.get('/api/demo/race/locked')).json()).toEqual({ count: 0 });
    await expectError(await api.get('/api/demo/race/sometimes'), 404, 'not_found');
    await expectError(await api.post('/api/demo/race/sometimes/add'), 404, 'not_found');
  });

  test('refuses a foreign Origin and other methods', async ({ api }) => {
    await expectError(
      await api.post('/api/demo/race/locked/add', { headers: { origin: 'https://evil.example' } }),
      403,
      'forbidden_origin',
    );
    await expectError(await api.get('/api/demo/race/locked/add'), 405, 'method_not_allowed');
  });
});
