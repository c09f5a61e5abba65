import { expect, expectError, OVERSIZED_JSON, sessionCookie, startSession, storedEntry, test, rawJson } from './fixtures';

test.describe('/api/demo/activity', () => {
  test('records nothing and sets no cookie for a visitor without a session (204 all the same)', async ({ api }) => {
    const response = await api.post('/api/demo/activity', { data: { path: '/en/learn/what-is-a-session', title: 'What is a session?' } });
    expect(response.status()).toBe(204);
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await sessionCookie(api)).toBeUndefined();
    expect(await (await api.get('/api/demo/activity')).json()).toEqual({ entries: [] });
  });

  test('records visits newest first in a session the browser already has, at most 20', async ({ api }) => {
    await startSession(api);
    for (let i = 0; i < 22; i++) {
      expect((await api.post('/api/demo/activity', { data: { path: `/hi-latn/learn/page-${i}` } })).status()).toBe(204);
    }
    await api.post('/api/demo/activity', { data: { path: '/en/lab/cart', title: 'Cart lab' } });
    const { entries } = await (await api.get('/api/demo/activity')).json();
    expect(entries).toHaveLength(20);
    expect(entries[0]).toEqual({ path: '/en/lab/cart', title: 'Cart lab', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(entries[1].path).toBe('/hi-latn/learn/page-21');
  });

  test('refuses paths outside the site and bad bodies, changing nothing', async ({ api }) => {
    await startSession(api);
    await api.post('/api/demo/activity', { data: { path: '/en' } });
    const before = await storedEntry(api);
    for (const data of [
      { path: 'https://evil.example/en' },
      { path: '/admin' },
      { path: `/en/${'a'.repeat(200)}` },
      { path: '/en/<script>' },
      { path: '/en', title: 'x'.repeat(201) },
      { title: 'no path' },
      'just text',
    ]) {
      await expectError(await api.post('/api/demo/activity', rawJson(JSON.stringify(data))), 400, 'bad_request');
    }
    await expectError(await api.post('/api/demo/activity', rawJson('{"path":')), 400, 'invalid_json');
    await expectError(await api.post('/api/demo/activity', rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    await expectError(
      await api.post('/api/demo/activity', { data: { path: '/en' }, headers: { origin: 'https://evil.example' } }),
      403,
      'forbidden_origin',
    );
    await expectError(await api.delete('/api/demo/activity', { headers: { origin: 'https://evil.example' } }), 403, 'forbidden_origin');
    expect(await storedEntry(api)).toBe(before);
  });

  test('DELETE clears the visits but keeps the session', async ({ api }) => {
    await startSession(api);
    await api.post('/api/demo/activity', { data: { path: '/en' } });
    const response = await api.delete('/api/demo/activity');
    expect(await response.json()).toEqual({ entries: [] });
    expect(await (await api.get('/api/demo/activity')).json()).toEqual({ entries: [] });
    expect(await (await api.get('/api/demo/cart')).json()).toMatchObject({ items: [{ productId: 'chai' }] });
  });

  test('other methods are 405 JSON', async ({ api }) => {
    await expectError(await api.put('/api/demo/activity'), 405, 'method_not_allowed');
  });
});
