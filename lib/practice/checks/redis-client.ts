import { createClient } from 'redis';

export type GraderRedis = ReturnType<typeof createClient>;

/**
 * A short-lived Redis connection for reading what the learner's app stored: no retries, no
 * offline queue, so a Redis that is not there fails at once instead of hanging a check.
 */
export async function connectRedis(url: URL): Promise<GraderRedis> {
  const client = createClient({ url: url.href, disableOfflineQueue: true, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.destroy();
    throw error;
  }
}

/** How many `sess:*` keys there are (connect-redis's default prefix), by SCAN, never KEYS. */
export async function countSessionKeys(client: GraderRedis): Promise<number> {
  let count = 0;
  for await (const keys of client.scanIterator({ MATCH: 'sess:*', COUNT: 500 })) count += keys.length;
  return count;
}
