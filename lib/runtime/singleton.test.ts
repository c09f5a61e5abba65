import { describe, expect, it, vi } from 'vitest';
import { forgetProcessSingleton, processSingleton } from './singleton';

describe('processSingleton', () => {
  it('makes the value once per key, even when two module copies ask', async () => {
    let made = 0;
    const first = processSingleton('test:a', () => ({ id: ++made }));
    // A second copy of the module (as a second route chunk would load it) shares the value.
    vi.resetModules();
    const copy = await import('./singleton');
    expect(copy.processSingleton).not.toBe(processSingleton);
    const second = copy.processSingleton('test:a', () => ({ id: ++made }));
    expect(second).toBe(first);
    expect(made).toBe(1);
    expect(processSingleton('test:b', () => 'other')).toBe('other');
  });

  it('keeps a value that is undefined or null instead of making it again', () => {
    let made = 0;
    processSingleton('test:null', () => (made++, null));
    expect(processSingleton('test:null', () => (made++, null))).toBeNull();
    expect(made).toBe(1);
  });

  it('makes a new value after forgetting the key', () => {
    const first = processSingleton('test:c', () => ({}));
    forgetProcessSingleton('test:c');
    expect(processSingleton('test:c', () => ({}))).not.toBe(first);
  });
});
