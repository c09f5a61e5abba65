/*
 * Open long-lived streams, counted per key (a client address, a student) and in all. A stream
 * holds a socket, a subscription and a heartbeat timer for as long as the browser keeps it, so a
 * client that opens them by the thousand would run the process out of file descriptors and slow
 * every event's fan-out; past a limit the route refuses, and the page polls instead.
 */

export interface StreamSlotLimits {
  /** The most streams one key holds at once. */
  readonly perKey: number;
  /** The most streams all keys hold at once. */
  readonly total: number;
}

export class StreamSlots {
  readonly #open = new Map<string, number>();
  #total = 0;

  constructor(readonly limits: StreamSlotLimits) {}

  /** Streams open now, in all. */
  get total(): number {
    return this.#total;
  }

  /** Streams `key` holds now. */
  count(key: string): number {
    return this.#open.get(key) ?? 0;
  }

  /**
   * Takes a slot for `key`, or returns null past a limit. `unlimitedKey` skips the per-key
   * limit (this machine, or every client sharing one unknown address), never the total.
   * The returned release gives the slot back; calling it again does nothing.
   */
  take(key: string, { unlimitedKey = false }: { unlimitedKey?: boolean } = {}): (() => void) | null {
    const mine = this.count(key);
    if (this.#total >= this.limits.total || (!unlimitedKey && mine >= this.limits.perKey)) return null;
    this.#open.set(key, mine + 1);
    this.#total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total -= 1;
      const left = this.count(key) - 1;
      if (left <= 0) this.#open.delete(key);
      else this.#open.set(key, left);
    };
  }
}
