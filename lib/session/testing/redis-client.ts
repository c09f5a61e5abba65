import { createClient } from 'redis';
import { afterAll, beforeAll } from 'vitest';
import { startRedisServer, type RedisServer } from './redis-server';

export type TestRedisClient = ReturnType<typeof createClient>;

/**
 * A `redis-server` of its own (on a free port) and a connected client for the enclosing
 * suite, both stopped after it. Read `server` and `client` inside tests and hooks, once the
 * suite has started. For Vitest suites only; e2e tests use `startRedisServer` directly.
 */
export function redisForSuite(): { readonly server: RedisServer; readonly client: TestRedisClient } {
  const handle = {} as { server: RedisServer; client: TestRedisClient };
  beforeAll(async () => {
    handle.server = await startRedisServer();
    handle.client = createClient({ url: handle.server.url });
    // A test that stops or breaks Redis on purpose must not end the run with an unheard error.
    handle.client.on('error', () => {});
    await handle.client.connect();
  });
  afterAll(async () => {
    await handle.client?.quit();
    await handle.server?.stop();
  });
  return handle;
}
