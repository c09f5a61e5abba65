import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readLessonSource, publishedSlugs } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';
import { startRedisServer } from '@/lib/session/testing/redis-server';

/*
 * 'session-stores' says a redis client without an 'error' listener takes the process down, so
 * every lesson snippet that creates a client must attach one (express-session-setup once did not).
 */

/**
 * Connects a client to a fresh redis-server, with or without an 'error' listener, then stops the
 * server, the way an outage would. Resolves with the child's exit code, or 'running' if it lived on.
 */
async function outage(listener: string): Promise<number | 'running'> {
  const redis = await startRedisServer();
  const script = `
    const { createClient } = require('redis');
    const redisClient = createClient({ url: '${redis.url}', socket: { reconnectStrategy: 50 } });
    ${listener}
    redisClient.connect().then(() => console.log('connected'));
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
  await redis.stop();
  const result = await Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 2000))]);
  child.kill();
  return result;
}

describe("a redis client's 'error' event (lesson: session-stores#connect-redis-setup)", () => {
  it('should end the process when Redis goes away and nobody listens', async () => {
    expect(await outage('')).toBe(1);
  });

  it('should keep the process alive, reconnecting, with a listener', async () => {
    expect(await outage("redisClient.on('error', () => {});")).toBe('running');
  });

  it('should be heard in every lesson snippet that creates a client', () => {
    for (const locale of locales) {
      for (const slug of publishedSlugs()) {
        const blocks = (readLessonSource(locale, slug) ?? '').split('```').filter((_, index) => index % 2 === 1);
        for (const block of blocks.filter((code) => code.includes('createClient('))) {
          expect(block, `${locale}/${slug}`).toMatch(/\.on\('error',/);
        }
      }
    }
  });
});
