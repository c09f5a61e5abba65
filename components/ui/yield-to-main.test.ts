import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './api-fetch';
import { yieldToMain } from './yield-to-main';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('yieldToMain', () => {
  it('should let a task queued before it run first when the browser has no scheduler.yield', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await yieldToMain();
    order.push('after yield');
    expect(order).toEqual(['queued task', 'after yield']);
  });

  it('should use scheduler.yield where the browser has it', async () => {
    const yieldMock = vi.fn(async () => undefined);
    vi.stubGlobal('scheduler', { yield: yieldMock });
    await yieldToMain();
    expect(yieldMock).toHaveBeenCalledTimes(1);
  });
});

describe('apiFetch and the main thread', () => {
  it('should not call fetch in the task that asked for it, so a page’s first effects are not one long task', async () => {
    const fetchMock = vi.fn(async () => new Response('{"ok":1}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const pending = apiFetch('en', '/api/demo/cart');
    await Promise.resolve();
    expect(fetchMock).not.toHaveBeenCalled();
    const response = await pending;
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(response.data).toEqual({ ok: 1 });
  });
});
