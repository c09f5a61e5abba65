import { describe, expect, it } from 'vitest';
import { MemoryStore, type SessionEngine } from '@/lib/session';
import { EngineCache, PLAYGROUND_COOKIE_NAME, PLAYGROUND_COOKIE_PATH, playgroundEngineOptions } from './engine-cache';
import { DEFAULT_PLAYGROUND_OPTIONS, type PlaygroundOptions } from './options';

const base = { secrets: ['s1', 's0'], store: new MemoryStore() };
const withMaxAge = (maxAgeMs: PlaygroundOptions['maxAgeMs']): PlaygroundOptions => ({ ...DEFAULT_PLAYGROUND_OPTIONS, maxAgeMs });

describe('playgroundEngineOptions', () => {
  it("should build an engine with exactly the learner's options on the sandbox cookie", () => {
    const options: PlaygroundOptions = {
      resave: true,
      saveUninitialized: true,
      rolling: true,
      maxAgeMs: 10_000,
      secure: true,
      httpOnly: false,
      sameSite: 'strict',
    };
    const engine = new EngineCache(base).get(options);
    expect(engine.options).toMatchObject({
      name: PLAYGROUND_COOKIE_NAME,
      secrets: ['s1', 's0'],
      store: base.store,
      resave: true,
      saveUninitialized: true,
      rolling: true,
      proxy: true,
      idleTimeoutMs: null,
      absoluteTimeoutMs: null,
      cookie: { maxAge: 10_000, secure: true, httpOnly: false, sameSite: 'strict', path: PLAYGROUND_COOKIE_PATH },
    });
  });

  it('should never use the site cookie name or path', () => {
    const options = playgroundEngineOptions(DEFAULT_PLAYGROUND_OPTIONS, base);
    expect(options.name).toBe('pathshala.playground');
    expect(options.cookie?.path).toBe('/api/playground/options');
  });
});

describe('EngineCache', () => {
  it('should reuse the engine of a combination it has seen', () => {
    const cache = new EngineCache(base);
    expect(cache.get(DEFAULT_PLAYGROUND_OPTIONS)).toBe(cache.get({ ...DEFAULT_PLAYGROUND_OPTIONS }));
    expect(cache.size).toBe(1);
  });

  it('should hold at most its capacity, dropping the least recently used', () => {
    const created: SessionEngine[] = [];
    const cache = new EngineCache(base, { capacity: 2, onCreate: (engine) => created.push(engine) });
    const a = cache.get(withMaxAge(null));
    cache.get(withMaxAge(10_000));
    cache.get(withMaxAge(null)); // a is now the most recently used
    cache.get(withMaxAge(60_000)); // evicts the 10 s engine
    expect(cache.size).toBe(2);
    expect(cache.get(withMaxAge(null))).toBe(a);
    cache.get(withMaxAge(10_000));
    expect(created).toHaveLength(4);
  });

  it("should pass on the engine's refusal of sameSite 'none' without secure, and cache nothing", () => {
    const cache = new EngineCache(base);
    expect(() => cache.get({ ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'none', secure: false })).toThrow(/^session-engine: /);
    expect(cache.size).toBe(0);
  });

  it('should refuse a capacity below 1', () => {
    expect(() => new EngineCache(base, { capacity: 0 })).toThrow(/^playground: engine cache capacity/);
  });
});
