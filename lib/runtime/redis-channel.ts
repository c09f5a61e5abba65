import { createClient } from 'redis';
import type { ChannelTransport } from './channel';

/** Options of the Redis transport of a `Channel`. */
export interface RedisTransportOptions {
  readonly url: string;
  /** The pub/sub channel every process publishes on and listens to. @default 'pathshala:events' */
  readonly name?: string;
  /**
   * Called with each key Redis expires (keyspace notifications), in every process, when given.
   * The transport turns the notifications on (`notify-keyspace-events` gains `Ex`) if they are off.
   */
  readonly onExpired?: (key: string) => void;
}

/**
 * Carries a channel's events between processes on one Redis: `PUBLISH` out, `SUBSCRIBE` in, on
 * two connections of their own (a subscribed connection can do nothing else). A publish while
 * Redis is down is dropped, not queued: a missed "changed" costs a browser one stale view until
 * its stream reconnects and resumes, never a hung request.
 */
export function redisTransport(options: RedisTransportOptions): ChannelTransport {
  const { url, name = 'pathshala:events', onExpired } = options;
  const publisher = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1_000) },
  });
  const subscriber = publisher.duplicate();
  // Errors while Redis is away are the store's to report; the clients keep reconnecting.
  publisher.on('error', () => {});
  subscriber.on('error', () => {});
  let closed = false;
  return {
    send(message) {
      if (!publisher.isReady) return;
      publisher.publish(name, message).catch(() => {});
    },
    start(receive) {
      void (async () => {
        try {
          await Promise.all([publisher.connect(), subscriber.connect()]);
          if (closed) return;
          await subscriber.subscribe(name, (message) => receive(message));
          if (onExpired !== undefined) {
            await enableExpiryNotifications(publisher).catch((error: unknown) => {
              console.warn(`channel: could not turn on Redis expiry notifications (${error instanceof Error ? error.message : String(error)}); expiries reach open inspectors only at their next change.`);
            });
            await subscriber.pSubscribe('__keyevent@*__:expired', (key) => onExpired(key));
          }
        } catch (error) {
          console.warn(`channel: Redis pub/sub at ${url} is not available (${error instanceof Error ? error.message : String(error)}); changes reach only this process's streams.`);
        }
      })();
    },
    async close() {
      closed = true;
      publisher.destroy();
      subscriber.destroy();
    },
  };
}

/** Adds `E` (keyevent) and `x` (expired) to `notify-keyspace-events`, keeping what is there. */
async function enableExpiryNotifications(client: ReturnType<typeof createClient>): Promise<void> {
  const current = (await client.configGet('notify-keyspace-events'))['notify-keyspace-events'] ?? '';
  const hasExpired = current.includes('x') || current.includes('A');
  if (current.includes('E') && hasExpired) return;
  await client.configSet('notify-keyspace-events', `${current}${current.includes('E') ? '' : 'E'}${hasExpired ? '' : 'x'}`);
}
