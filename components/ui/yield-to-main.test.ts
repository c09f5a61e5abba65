import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './api-fetch';
import { whenIdle, yieldToMain } from './yield-to-main';

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

describe('whenIdle', () => {
  it('should hand the task to requestIdleCallback with the deadline, and cancel it', () => {
    const cancel = vi.fn();
    const request = vi.fn((_task: () => void, _options: { timeout: number }) => 7);
    vi.stubGlobal('window', { requestIdleCallback: request, cancelIdleCallback: cancel });
    const task = () => undefined;
    const stop = whenIdle(task, 1500);
    expect(request).toHaveBeenCalledWith(task, { timeout: 1500 });
    stop();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('should fall back to a timer where the browser has no requestIdleCallback', async () => {
    vi.stubGlobal('window', { setTimeout, clearTimeout });
    const ran = await new Promise<boolean>((resolve) => {
      whenIdle(() => resolve(true));
    });
    expect(ran).toBe(true);
  });
});
