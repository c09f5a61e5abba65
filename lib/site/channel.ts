import { Channel } from '@/lib/runtime/channel';
import { redisTransport } from '@/lib/runtime/redis-channel';
import type { SessionTraceEvent } from '@/lib/session';
import type { SiteSessionConfig } from './session';

/*
 * The site's change channel. Topics:
 * - `session:<sid>`: that session was read, written, touched, regenerated or destroyed by a
 *   request, or expired. Only "changed" goes out, never the session; a watching inspector reads
 *   its own view afterwards.
 * - `sessions`: every session may have changed at once (the instructor reset or expired all).
 * - `store`: hears every `session:` and `sessions` event, in every process (the dashboard).
 * - `class`: class-wide events for the instructor's live features.
 */

export const SESSIONS_TOPIC = 'sessions';
export const STORE_TOPIC = 'store';
export const CLASS_TOPIC = 'class';

export function sessionTopic(sid: string): string {
  return `session:${sid}`;
}

const SESSION_PREFIX = 'sess:';

/** A channel for this process: through Redis pub/sub when the sessions live in Redis, else in-process. */
export function createSiteChannel(config: SiteSessionConfig): Channel {
  const related = (topic: string) => (topic.startsWith('session:') || topic === SESSIONS_TOPIC ? [STORE_TOPIC] : []);
  if (config.store !== 'redis') return new Channel({ related });
  const channel: Channel = new Channel({
    related,
    transport: redisTransport({
      url: config.redisUrl,
      // Every process hears Redis expire a session key, so each tells only its own streams.
      onExpired: (key) => {
        if (key.startsWith(SESSION_PREFIX)) channel.publishLocal(sessionTopic(key.slice(SESSION_PREFIX.length)), 'changed');
      },
    }),
  });
  return channel;
}

/** Tells the streams watching the sessions a request used (before and after a regenerate). */
export function publishSessionEvent(channel: Channel, event: SessionTraceEvent): void {
  const { sidBefore, sidAfter } = event;
  // `to` is for the server's streams (they follow the session), never sent to a browser.
  if (sidBefore !== null) channel.publish(sessionTopic(sidBefore), 'changed', sidAfter !== sidBefore ? { to: sidAfter } : null);
  if (sidAfter !== null && sidAfter !== sidBefore) channel.publish(sessionTopic(sidAfter), 'changed');
}
