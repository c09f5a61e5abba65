import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@/lib/session/testing/redis-server';
import { Channel, type ChannelEvent } from './channel';
import { redisTransport } from './redis-channel';

describe('Channel', () => {
  it('should deliver an event to the listeners of its topic only, and stop after unsubscribe', () => {
    const channel = new Channel({ origin: 'p1' });
    const heard: string[] = [];
    const off = channel.subscribe('session:a', (event) => heard.push(`a:${event.name}:${event.id}`));
    channel.subscribe('session:b', (event) => heard.push(`b:${event.name}`));
    channel.publish('session:a', 'changed');
    off();
    channel.publish('session:a', 'changed');
    expect(heard).toEqual(['a:changed:p1.1']);
    expect(channel.listenerCount('session:a')).toBe(0);
    expect(channel.listenerCount()).toBe(1);
  });

  it('should also deliver to related topics, each event under an id of its own', () => {
    const channel = new Channel({ origin: 'p1', related: (topic) => (topic.startsWith('session:') ? ['store'] : []) });
    const heard: ChannelEvent[] = [];
    channel.subscribe('store', (event) => heard.push(event));
    channel.publish('session:a', 'changed', { to: 'b' });
    expect(heard).toEqual([{ topic: 'store', name: 'changed', data: { to: 'b' }, id: 'p1.2' }]);
  });

  it('should tell a resuming stream whether it missed an event on its topics', () => {
    const channel = new Channel({ origin: 'p1' });
    channel.publish('session:a', 'changed');
    const seen = channel.lastId('session:a')!;
    expect(channel.missedSince(seen, ['session:a'])).toBe(false);
    channel.publish('session:other', 'changed');
    expect(channel.missedSince(seen, ['session:a'])).toBe(false);
    channel.publish('session:a', 'changed');
    expect(channel.missedSince(seen, ['session:a'])).toBe(true);
    // An id from another process's life (a restart) or a made-up one: assume something was missed.
    expect(channel.missedSince('p0.99', ['session:a'])).toBe(true);
    expect(channel.missedSince('nonsense', ['session:a'])).toBe(true);
  });

  it('should keep delivering when one listener throws', () => {
    const channel = new Channel();
    const heard: string[] = [];
    const quiet = console.error;
    console.error = () => {};
    try {
      channel.subscribe('t', () => {
        throw new Error('boom');
      });
      channel.subscribe('t', () => heard.push('second'));
      channel.publish('t', 'changed');
    } finally {
      console.error = quiet;
    }
    expect(heard).toEqual(['second']);
  });
});

describe('Channel over Redis', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('should carry an event from one process to another once, and tell every process of an expired key', async () => {
    const expired: string[][] = [[], []];
    const [one, two] = [0, 1].map(
      (index) => new Channel({ transport: redisTransport({ url: server.url, onExpired: (key) => expired[index]!.push(key) }) }),
    ) as [Channel, Channel];
    const heardByOne: string[] = [];
    const heardByTwo: string[] = [];
    one.subscribe('session:a', (event) => heardByOne.push(event.name));
    two.subscribe('session:a', (event) => heardByTwo.push(event.name));
    const raw = createClient({ url: server.url });
    await raw.connect();
    try {
      // Both subscriptions are in place once Redis counts two subscribers.
      for (;;) {
        const counts = (await raw.pubSubNumSub('pathshala:events')) as Record<string, number>;
        if (counts['pathshala:events'] === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      one.publish('session:a', 'changed');
      await until(() => heardByTwo.length === 1);
      expect(heardByOne).toEqual(['changed']);
      expect(heardByTwo).toEqual(['changed']);
      // Each process subscribes to expiries just after its channel: expire keys until both hear one.
      for (let round = 0; !(expired[0]!.length > 0 && expired[1]!.length > 0); round++) {
        if (round > 100) throw new Error('no expiry notification reached both processes');
        await raw.set(`sess:gone-${round}`, '{}', { PX: 20 });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(expired.flat().every((key) => key.startsWith('sess:gone-'))).toBe(true);
    } finally {
      raw.destroy();
      await one.close();
      await two.close();
    }
  });
});
