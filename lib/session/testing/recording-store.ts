import type { StoredCookie } from '../cookie';
import { MemoryStore } from '../stores/memory-store';
import type { SessionStore, StoredSession } from '../stores/store';

/** One call the engine made on the store. */
export interface StoreCall {
  readonly method: 'get' | 'set' | 'touch' | 'destroy';
  readonly sid: string;
}

/**
 * A MemoryStore that writes down every call and can be slowed down, so tests can assert
 * what the engine asked of the store and when.
 */
export class RecordingStore implements SessionStore {
  readonly kind = 'memory' as const;
  readonly calls: StoreCall[] = [];
  readonly inner = new MemoryStore();
  /** Milliseconds each write takes. */
  writeDelayMs = 0;

  callsOf(method: StoreCall['method']): string[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.sid);
  }

  /** The stored session for `sid`, parsed, or null. */
  async entry(sid: string): Promise<StoredSession | null> {
    const json = await this.inner.get(sid);
    return json === null ? null : (JSON.parse(json) as StoredSession);
  }

  async get(sid: string): Promise<string | null> {
    this.calls.push({ method: 'get', sid });
    return this.inner.get(sid);
  }

  async set(sid: string, json: string, expiresAtMs: number): Promise<void> {
    this.calls.push({ method: 'set', sid });
    await this.#delay();
    await this.inner.set(sid, json, expiresAtMs);
  }

  async touch(sid: string, cookie: StoredCookie, expiresAtMs: number): Promise<void> {
    this.calls.push({ method: 'touch', sid });
    await this.#delay();
    await this.inner.touch(sid, cookie, expiresAtMs);
  }

  async destroy(sid: string): Promise<void> {
    this.calls.push({ method: 'destroy', sid });
    await this.#delay();
    await this.inner.destroy(sid);
  }

  all(): Promise<Map<string, StoredSession>> {
    return this.inner.all();
  }

  length(): Promise<number> {
    return this.inner.length();
  }

  clear(): Promise<void> {
    return this.inner.clear();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  async #delay(): Promise<void> {
    if (this.writeDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.writeDelayMs));
  }
}
