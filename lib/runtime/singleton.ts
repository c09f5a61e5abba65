/**
 * Process-wide state: one value per key for the whole Node process. Next.js may bundle a
 * module into several route chunks (each with its own module instance) and reloads modules in
 * development, so module-level variables would split one log, limiter or engine into many.
 * The values live in one map on `globalThis` under a registered symbol instead.
 */
const REGISTRY = Symbol.for('session-pathshala.process-singletons');

type Registry = Map<string, unknown>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

/** The process's one value for `key`, made by `create` on first use. */
export function processSingleton<T>(key: string, create: () => T): T {
  const values = registry();
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}

/** Forgets `key`'s value, so the next `processSingleton` call makes a new one (tests, resets). */
export function forgetProcessSingleton(key: string): void {
  registry().delete(key);
}
