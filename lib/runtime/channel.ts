import { randomBytes } from 'node:crypto';

/*
 * A channel of small named events by topic ("session:<sid>", "store", "class"), for pushing
 * changes to browsers over long-lived streams. Each process has one; a transport (Redis pub/sub)
 * carries what one process publishes to the others behind the same store. Events say *that*
 * something changed, never the data itself: a listener reads what it needs afterwards.
 */

/** One event on a topic. `id` orders the events of one process (`<boot>.<sequence>`). */
export interface ChannelEvent {
  readonly topic: string;
  readonly name: string;
  readonly data: Readonly<Record<string, unknown>> | null;
  readonly id: string;
}

export type ChannelListener = (event: ChannelEvent) => void;

/** Carries events between processes: what `send` gets, every other process's `receive` gets. */
export interface ChannelTransport {
  send(message: string): void;
  /** Starts delivering other processes' messages to `receive`. */
  start(receive: (message: string) => void): void;
  close(): Promise<void>;
}

/** How many topics' last event ids a channel remembers for resuming streams. */
const REMEMBERED_TOPICS = 20_000;

/** Options of a channel. */
export interface ChannelOptions {
  readonly transport?: ChannelTransport;
  /** Tells this process apart from the others on the transport. Default: random. */
  readonly origin?: string;
  /**
   * Topics that also hear every event of a topic, in each process, without a message of their
   * own on the transport (e.g. every `session:<sid>` event also reaches `store`).
   */
  readonly related?: (topic: string) => readonly string[];
}

interface WireMessage {
  readonly o: string;
  readonly t: string;
  readonly n: string;
  readonly d: Record<string, unknown> | null;
}

function isWireMessage(value: unknown): value is WireMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { o, t, n, d } = value as Record<string, unknown>;
  return typeof o === 'string' && typeof t === 'string' && typeof n === 'string' && (d === null || (typeof d === 'object' && !Array.isArray(d)));
}

/** Topics, their listeners, and the last event id of each recently active topic. */
export class Channel {
  readonly origin: string;
  readonly #listeners = new Map<string, Set<ChannelListener>>();
  readonly #lastIds = new Map<string, string>();
  readonly #transport: ChannelTransport | null;
  readonly #related: (topic: string) => readonly string[];
  #sequence = 0;

  constructor(options: ChannelOptions = {}) {
    this.origin = options.origin ?? randomBytes(6).toString('base64url');
    this.#transport = options.transport ?? null;
    this.#related = options.related ?? (() => []);
    this.#transport?.start((message) => this.#receive(message));
  }

  /** Delivers an event to this process's listeners of `topic` and sends it to the other processes. */
  publish(topic: string, name: string, data: Record<string, unknown> | null = null): void {
    this.#deliver(topic, name, data);
    if (this.#transport !== null) {
      const message: WireMessage = { o: this.origin, t: topic, n: name, d: data };
      this.#transport.send(JSON.stringify(message));
    }
  }

  /** Delivers an event to this process's listeners only (what every process learns by itself, e.g. a Redis expiry). */
  publishLocal(topic: string, name: string, data: Record<string, unknown> | null = null): void {
    this.#deliver(topic, name, data);
  }

  /** Calls `listener` for every event on `topic`; returns the unsubscribe. */
  subscribe(topic: string, listener: ChannelListener): () => void {
    let set = this.#listeners.get(topic);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(topic, set);
    }
    set.add(listener);
    return () => {
      const current = this.#listeners.get(topic);
      if (current === undefined) return;
      current.delete(listener);
      if (current.size === 0) this.#listeners.delete(topic);
    };
  }

  /** How many listeners `topic` has (every topic when none is given). */
  listenerCount(topic?: string): number {
    if (topic !== undefined) return this.#listeners.get(topic)?.size ?? 0;
    let count = 0;
    for (const set of this.#listeners.values()) count += set.size;
    return count;
  }

  /** The id of the last event on `topic` this process saw, or null when it does not remember one. */
  lastId(topic: string): string | null {
    return this.#lastIds.get(topic) ?? null;
  }

  /**
   * Whether a stream that last saw `lastSeenId` on these topics may have missed an event: an id
   * from another process's life, or older than a topic's last one, or forgotten, counts as missed.
   */
  missedSince(lastSeenId: string, topics: readonly string[]): boolean {
    const seen = this.#parseId(lastSeenId);
    if (seen === null) return true;
    return topics.some((topic) => {
      const last = this.#lastIds.get(topic);
      if (last === undefined) return false;
      return (this.#parseId(last) ?? Infinity) > seen;
    });
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await this.#transport?.close();
  }

  #parseId(id: string): number | null {
    const dot = id.lastIndexOf('.');
    if (dot === -1 || id.slice(0, dot) !== this.origin) return null;
    const sequence = Number(id.slice(dot + 1));
    return Number.isSafeInteger(sequence) ? sequence : null;
  }

  #deliver(topic: string, name: string, data: Record<string, unknown> | null): void {
    this.#deliverOne(topic, name, data);
    for (const related of this.#related(topic)) this.#deliverOne(related, name, data);
  }

  #deliverOne(topic: string, name: string, data: Record<string, unknown> | null): void {
    const id = `${this.origin}.${++this.#sequence}`;
    // Most recent last, so the oldest topic is the first key when the map is full.
    this.#lastIds.delete(topic);
    this.#lastIds.set(topic, id);
    if (this.#lastIds.size > REMEMBERED_TOPICS) this.#lastIds.delete(this.#lastIds.keys().next().value!);
    const listeners = this.#listeners.get(topic);
    if (listeners === undefined) return;
    const event: ChannelEvent = { topic, name, data, id };
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error(`channel: a listener of ${topic} failed:`, error);
      }
    }
  }

  #receive(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (!isWireMessage(parsed) || parsed.o === this.origin) return;
    this.#deliver(parsed.t, parsed.n, parsed.d);
  }
}
