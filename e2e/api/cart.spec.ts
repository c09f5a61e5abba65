import {
  expect,
  expectError,
  OVERSIZED_JSON,
  sessionCookie,
  sessionSetCookies,
  startSession,
  storedEntry,
  test,
  rawJson,
} from './fixtures';

test.describe('GET /api/demo/cart', () => {
  test('is empty, with no cookie, for a visitor without a session', async ({ api }) => {
    const response = await api.get('/api/demo/cart');
    expect(await response.json()).toEqual({ items: [], totalPaise: 0 });
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('names the products in the request locale', async ({ api }) => {
    await api.post('/api/demo/cart', { data: { productId: 'lassi', qty: 1 } });
    const english = await (await api.get('/api/demo/cart')).json();
    const hinglish = await (await api.get('/api/demo/cart', { headers: { 'x-pathshala-locale': 'hi-latn' } })).json();
    const hindi = await (await api.get('/api/demo/cart', { headers: { 'x-pathshala-locale': 'hi' } })).json();
    expect(english.items[0].name).toBe('Sweet lassi');
    expect(hinglish.items[0].name).toBe('Meethi lassi');
    expect(hindi.items[0].name).toBe('मीठी लस्सी');
  });

  test('refuses in Devanagari Hindi for X-Pathshala-Locale: hi', async ({ api }) => {
    const response = await api.post('/api/demo/cart', { data: { productId: 'pizza', qty: 1 }, headers: { 'x-pathshala-locale': 'hi' } });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'unknown_product', message: 'यह चीज़ हमारी दुकान में नहीं मिलती। chai, samosa, jalebi, vada-pav या lassi चुनिए।' },
    });
  });
});

test.describe('POST /api/demo/cart', () => {
  test('adds items, sums lines and prices every product in paise', async ({ api }) => {
    const first = await api.post('/api/demo/cart', { data: { productId: 'chai', qty: 2 } });
    expect(first.status()).toBe(200);
    expect(sessionSetCookies(first)).toHaveLength(1);
    for (const [productId, qty] of [
      ['samosa', 1],
      ['jalebi', 1],
      ['vada-pav', 1],
      ['lassi', 1],
      ['chai', 3],
    ] as const) {
      expect((await api.post('/api/demo/cart', { data: { productId, qty } })).status()).toBe(200);
    }
    expect(await (await api.get('/api/demo/cart')).json()).toEqual({
      items: [
        { productId: 'chai', name: 'Masala chai', qty: 5, unitPricePaise: 2000 },
        { productId: 'samosa', name: 'Samosa', qty: 1, unitPricePaise: 1500 },
        { productId: 'jalebi', name: 'Hot jalebi', qty: 1, unitPricePaise: 4000 },
        { productId: 'vada-pav', name: 'Vada pav', qty: 1, unitPricePaise: 2500 },
        { productId: 'lassi', name: 'Sweet lassi', qty: 1, unitPricePaise: 5000 },
      ],
      totalPaise: 5 * 2000 + 1500 + 4000 + 2500 + 5000,
    });
  });

  test('allows a line of exactly 99 and refuses going past it with quantity_limit', async ({ api }) => {
    await api.post('/api/demo/cart', { data: { productId: 'samosa', qty: 99 } });
    const before = await storedEntry(api);
    await expectError(await api.post('/api/demo/cart', { data: { productId: 'samosa', qty: 1 } }), 400, 'quantity_limit');
    expect(await storedEntry(api)).toBe(before);
  });

  test('refuses every bad input with a 4xx and leaves the cart and the session exactly as they were', async ({ api }) => {
    await startSession(api);
    const before = await storedEntry(api);
    const cookie = await sessionCookie(api);
    const cases: [unknown, number, string][] = [
      [{ productId: 'dosa', qty: 1 }, 404, 'unknown_product'],
      [{ productId: 'chai', qty: 0 }, 400, 'bad_request'],
      [{ productId: 'chai', qty: -1 }, 400, 'bad_request'],
      [{ productId: 'chai', qty: 1.5 }, 400, 'bad_request'],
      [{ productId: 'chai', qty: 100 }, 400, 'bad_request'],
      [{ productId: 'chai', qty: 1e12 }, 400, 'bad_request'],
      [{ productId: 'chai', qty: '2' }, 400, 'bad_request'],
      [{ productId: 'chai' }, 400, 'bad_request'],
      [{ qty: 1 }, 400, 'bad_request'],
      [{ productId: 7, qty: 1 }, 400, 'bad_request'],
      [[], 400, 'bad_request'],
      [null, 400, 'bad_request'],
    ];
    for (const [data, status, code] of cases) {
      await expectError(await api.post('/api/demo/cart', rawJson(JSON.stringify(data))), status, code);
    }
    await expectError(await api.post('/api/demo/cart', rawJson('{"productId": "chai", "qty": 1')), 400, 'invalid_json');
    await expectError(await api.post('/api/demo/cart', rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    await expectError(
      await api.post('/api/demo/cart', { data: { productId: 'chai', qty: 1 }, headers: { origin: 'https://evil.example' } }),
      403,
      'forbidden_origin',
    );
    expect(await storedEntry(api)).toBe(before);
    expect(await sessionCookie(api)).toBe(cookie);
  });

  test('never echoes input as HTML', async ({ api }) => {
    const response = await api.post('/api/demo/cart', { data: { productId: '<script>alert(1)</script>', qty: 1 } });
    expect(response.headers()['content-type']).toContain('application/json');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(await response.text()).not.toContain('<script>');
  });

  test('a refused add by a visitor without a session creates none', async ({ api }) => {
    await expectError(await api.post('/api/demo/cart', { data: { productId: 'dosa', qty: 1 } }), 404, 'unknown_product');
    expect(await sessionCookie(api)).toBeUndefined();
  });
});

test.describe('PATCH /api/demo/cart/<productId>', () => {
  test('sets the exact quantity of a line', async ({ api }) => {
    await api.post('/api/demo/cart', { data: { productId: 'jalebi', qty: 4 } });
    const response = await api.patch('/api/demo/cart/jalebi', { data: { qty: 2 } });
    expect(await response.json()).toEqual({
      items: [{ productId: 'jalebi', name: 'Hot jalebi', qty: 2, unitPricePaise: 4000 }],
      totalPaise: 8000,
    });
    expect((await (await api.patch('/api/demo/cart/jalebi', { data: { qty: 99 } })).json()).items[0].qty).toBe(99);
  });

  test('refuses unknown products, lines not in the cart and bad quantities, changing nothing', async ({ api }) => {
    await startSession(api);
    const before = await storedEntry(api);
    await expectError(await api.patch('/api/demo/cart/dosa', { data: { qty: 1 } }), 404, 'unknown_product');
    await expectError(await api.patch('/api/demo/cart/lassi', { data: { qty: 1 } }), 404, 'not_in_cart');
    for (const data of [{ qty: 0 }, { qty: 100 }, { qty: -2 }, { qty: 2.5 }, {}, { qty: 'many' }]) {
      await expectError(await api.patch('/api/demo/cart/chai', { data }), 400, 'bad_request');
    }
    await expectError(await api.patch('/api/demo/cart/chai', rawJson('{qty: 2}')), 400, 'invalid_json');
    await expectError(await api.patch('/api/demo/cart/chai', rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    await expectError(
      await api.patch('/api/demo/cart/chai', { data: { qty: 5 }, headers: { origin: 'https://evil.example' } }),
      403,
      'forbidden_origin',
    );
    expect(await storedEntry(api)).toBe(before);
  });
});

test.describe('DELETE /api/demo/cart/<productId> and /api/demo/cart', () => {
  test('removes one line, then empties the cart', async ({ api }) => {
    await api.post('/api/demo/cart', { data: { productId: 'chai', qty: 1 } });
    await api.post('/api/demo/cart', { data: { productId: 'lassi', qty: 2 } });
    const removed = await api.delete('/api/demo/cart/chai');
    expect(await removed.json()).toEqual({
      items: [{ productId: 'lassi', name: 'Sweet lassi', qty: 2, unitPricePaise: 5000 }],
      totalPaise: 10_000,
    });
    expect((await api.delete('/api/demo/cart/chai')).status()).toBe(200);
    const emptied = await api.delete('/api/demo/cart');
    expect(await emptied.json()).toEqual({ items: [], totalPaise: 0 });
    expect(await (await api.get('/api/demo/cart')).json()).toEqual({ items: [], totalPaise: 0 });
  });

  test('refuses an unknown product, a foreign Origin and an oversized body, changing nothing', async ({ api }) => {
    await startSession(api);
    const before = await storedEntry(api);
    await expectError(await api.delete('/api/demo/cart/dosa'), 404, 'unknown_product');
    await expectError(await api.delete('/api/demo/cart/chai', { headers: { origin: 'https://evil.example' } }), 403, 'forbidden_origin');
    await expectError(await api.delete('/api/demo/cart', { headers: { origin: 'https://evil.example' } }), 403, 'forbidden_origin');
    await expectError(await api.delete('/api/demo/cart', rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    expect(await storedEntry(api)).toBe(before);
  });

  test('creates no session for a visitor without one', async ({ api }) => {
    expect(sessionSetCookies(await api.delete('/api/demo/cart'))).toEqual([]);
    expect(sessionSetCookies(await api.delete('/api/demo/cart/chai'))).toEqual([]);
    expect(await sessionCookie(api)).toBeUndefined();
  });
});

test('parallel adds on one session lose no update', async ({ api }) => {
  await startSession(api);
  await Promise.all(Array.from({ length: 10 }, () => api.post('/api/demo/cart', { data: { productId: 'samosa', qty: 1 } })));
  expect((await (await api.get('/api/demo/cart')).json()).items).toContainEqual(expect.objectContaining({ productId: 'samosa', qty: 10 }));
});

test('other methods are 405 JSON', async ({ api }) => {
  await expectError(await api.put('/api/demo/cart'), 405, 'method_not_allowed');
  await expectError(await api.get('/api/demo/cart/chai'), 405, 'method_not_allowed');
});
