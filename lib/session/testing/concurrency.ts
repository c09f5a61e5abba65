import { setTimeout as sleep } from 'node:timers/promises';
import type { SessionEngine } from '../engine';
import { exchange } from './engine-setup';

/**
 * Fires `count` parallel read-wait-write increments of `data.n` on one session, spread
 * round-robin over `engines`. Each handler yields between reading and writing, which is
 * exactly where an unlocked engine loses updates.
 */
export async function parallelIncrements(engines: readonly SessionEngine[], cookie: string, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      exchange(engines[index % engines.length]!, { cookie }, async (session) => {
        const n = (session.data.n as number | undefined) ?? 0;
        await sleep(1);
        session.data.n = n + 1;
      }),
    ),
  );
}
