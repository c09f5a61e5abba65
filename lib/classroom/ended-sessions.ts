import { createHash } from 'node:crypto';

/*
 * Which sessions the instructor ended, so a student whose session vanished can be told who did
 * it ("your instructor reset the class") instead of only "the store does not know this ID".
 * Kept as SHA-256 of each sid (never the sid itself), for two hours: here in this process, or
 * in Redis beside the sessions (`live.ts`), so that every instance can tell.
 */

export type EndedBy = 'reset' | 'expire-all';

/** How long the reason is remembered. */
export const ENDED_MEMORY_MS = 2 * 60 * 60_000;
/** The most sids remembered (a class is 30–200; a store is capped far below this). */
export const MAX_ENDED = 50_000;

/** What is kept of an ended sid: its SHA-256, so the record cannot be used to take a session over. */
export const endedDigest = (sid: string) => createHash('sha256').update(sid).digest('base64url');

export class EndedSessions {
  readonly #ended = new Map<string, { by: EndedBy; at: number }>();

  /** Remembers that the instructor ended these sessions now. */
  record(sids: Iterable<string>, by: EndedBy, at: number): void {
    this.#prune(at);
    for (const sid of sids) {
      const key = endedDigest(sid);
      this.#ended.delete(key);
      this.#ended.set(key, { by, at });
      if (this.#ended.size > MAX_ENDED) this.#ended.delete(this.#ended.keys().next().value!);
    }
  }

  /** Who ended `sid`, if the instructor did within the last two hours. */
  endedBy(sid: string | null, now: number): EndedBy | null {
    if (sid === null) return null;
    this.#prune(now);
    return this.#ended.get(endedDigest(sid))?.by ?? null;
  }

  #prune(now: number): void {
    for (const [key, { at }] of this.#ended) {
      if (at >= now - ENDED_MEMORY_MS) break;
      this.#ended.delete(key);
    }
  }
}
