import type { ClassSimStats } from './stats';

const SESSION_COOKIE = 'pathshala.sid';
const PRODUCTS = ['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi'] as const;
const ACCOUNTS = [
  { username: 'riya', password: 'chai-1234' },
  { username: 'aman', password: 'samosa-1234' },
] as const;
const MAX_LINE_QTY = 99;

/** A one-cookie jar: keeps `pathshala.sid` from `Set-Cookie`, forgets it when cleared. */
export class SessionJar {
  value: string | null = null;

  /** Takes in the response's `Set-Cookie` headers. */
  receive(setCookies: readonly string[]): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq === -1 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((attribute) => {
        const [name = '', raw = ''] = attribute.split('=').map((part) => part.trim());
        if (name.toLowerCase() === 'max-age') return Number(raw) <= 0;
        if (name.toLowerCase() === 'expires') return Date.parse(raw) <= Date.now();
        return false;
      });
      this.value = expired || value === '' ? null : value;
    }
  }

  /** The `Cookie` header to send, or null. */
  header(): string | null {
    return this.value === null ? null : `${SESSION_COOKIE}=${this.value}`;
  }
}

/** What a student's cart must hold: exactly what this student added and did not remove. */
export class ExpectedCart {
  readonly #lines = new Map<string, number>();

  add(productId: string, qty: number): void {
    this.#lines.set(productId, (this.#lines.get(productId) ?? 0) + qty);
  }

  remove(productId: string): void {
    this.#lines.delete(productId);
  }

  clear(): void {
    this.#lines.clear();
  }

  /** Takes the server's cart as the truth (after a write whose outcome is unknown). */
  replaceWith(items: readonly { productId: string; qty: number }[]): void {
    this.#lines.clear();
    for (const { productId, qty } of items) this.#lines.set(productId, qty);
  }

  qtyOf(productId: string): number {
    return this.#lines.get(productId) ?? 0;
  }

  /** How the server's cart differs from this one, or null when they agree. */
  differenceFrom(items: readonly { productId: string; qty: number }[]): string | null {
    const actual = new Map(items.map((item) => [item.productId, item.qty]));
    const keys = new Set([...actual.keys(), ...this.#lines.keys()]);
    const wrong = [...keys].filter((key) => actual.get(key) !== this.#lines.get(key));
    if (wrong.length === 0) return null;
    return wrong.map((key) => `${key}: expected ${this.#lines.get(key) ?? 0}, got ${actual.get(key) ?? 0}`).join('; ');
  }
}

type Random = () => number;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/**
 * One simulated student: their own cookie jar and client address, logged in as a demo user,
 * browsing, filling and emptying a cart (sometimes with parallel requests, as a double tap
 * does), looking at the inspector and logging out. Every cart the server returns is checked
 * against what this student did.
 */
export class SimulatedStudent {
  readonly #jar = new SessionJar();
  readonly #cart = new ExpectedCart();
  readonly #account: (typeof ACCOUNTS)[number];
  readonly #address: string;
  #loggedIn = false;

  constructor(
    readonly index: number,
    readonly baseUrl: URL,
    readonly stats: ClassSimStats,
    readonly random: Random = Math.random,
  ) {
    this.#account = ACCOUNTS[index % ACCOUNTS.length]!;
    this.#address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  }

  /** Acts until `deadline` (ms since epoch), pausing like a person between clicks. */
  async run(deadline: number, thinkMs: readonly [number, number] = [50, 400]): Promise<void> {
    while (Date.now() < deadline) {
      await this.step();
      const [min, max] = thinkMs;
      await new Promise((resolve) => setTimeout(resolve, min + this.random() * (max - min)));
    }
  }

  /** One action, chosen at random (logging in first when needed). */
  async step(): Promise<void> {
    if (!this.#loggedIn) return this.login();
    const roll = this.random();
    if (roll < 0.3) return this.browse();
    if (roll < 0.55) return this.addOne();
    if (roll < 0.65) return this.addBurst();
    if (roll < 0.75) return this.removeOne();
    if (roll < 0.85) return this.inspect();
    if (roll < 0.9) return this.checkOut();
    if (roll < 0.95) return this.checkCart();
    return this.logout();
  }

  async login(): Promise<void> {
    const response = await this.#send('POST', '/api/demo/login', { username: this.#account.username, password: this.#account.password });
    if (response?.ok) this.#loggedIn = true;
    // The session (and so the cart) survives login: the ID changes, the data stays.
  }

  async browse(): Promise<void> {
    const path = pick(['/api/demo/me', '/api/demo/cart', '/api/demo/activity'], this.random);
    if (path === '/api/demo/cart') return this.checkCart();
    if (path === '/api/demo/activity' && this.random() < 0.5) {
      await this.#send('POST', '/api/demo/activity', {
        path: `/en/learn/${pick(['what-is-a-session', 'cookies', 'stores'], this.random)}`,
      });
      return;
    }
    await this.#send('GET', path);
  }

  async addOne(): Promise<void> {
    const productId = pick(PRODUCTS, this.random);
    const qty = 1 + Math.floor(this.random() * 3);
    if (this.#cart.qtyOf(productId) + qty > MAX_LINE_QTY) return this.removeOne(productId);
    this.#cart.add(productId, qty);
    await this.#verify(await this.#send('POST', '/api/demo/cart', { productId, qty }), 'add');
  }

  /** Three adds at once on one session: the engine's per-session lock must keep them all. */
  async addBurst(): Promise<void> {
    const productId = pick(PRODUCTS, this.random);
    if (this.#cart.qtyOf(productId) + 3 > MAX_LINE_QTY) return this.checkOut();
    const sent = [1, 1, 1].map(() => {
      this.#cart.add(productId, 1);
      return this.#send('POST', '/api/demo/cart', { productId, qty: 1 });
    });
    await Promise.all(sent);
    await this.checkCart();
  }

  async removeOne(productId: string = pick(PRODUCTS, this.random)): Promise<void> {
    this.#cart.remove(productId);
    await this.#verify(await this.#send('DELETE', `/api/demo/cart/${productId}`), 'remove');
  }

  async checkOut(): Promise<void> {
    this.#cart.clear();
    await this.#verify(await this.#send('DELETE', '/api/demo/cart'), 'empty');
  }

  async checkCart(): Promise<void> {
    await this.#verify(await this.#send('GET', '/api/demo/cart'), 'read');
  }

  async inspect(): Promise<void> {
    await this.#send('GET', '/api/inspect');
  }

  async logout(): Promise<void> {
    const response = await this.#send('POST', '/api/demo/logout');
    if (response?.ok) {
      this.#loggedIn = false;
      // Logout destroys the whole session, the cart with it.
      this.#cart.clear();
    }
  }

  async #verify(response: Response | null, what: string): Promise<void> {
    if (response === null || !response.ok) return;
    const body = (await response.json().catch(() => null)) as { items?: { productId: string; qty: number }[] } | null;
    if (!Array.isArray(body?.items)) {
      this.stats.error(`student ${this.index}: ${what} answered without items`);
      return;
    }
    const difference = this.#cart.differenceFrom(body.items);
    if (difference !== null) this.stats.lostUpdate(`student ${this.index} after ${what}: ${difference}`);
  }

  /** Sends one request; counts its latency, and any failure as an error. Null when it failed. */
  async #send(method: string, path: string, body?: unknown): Promise<Response | null> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.#address, 'x-pathshala-locale': 'en', accept: 'application/json' };
    const cookie = this.#jar.header();
    if (cookie !== null) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'manual',
      });
      this.stats.request(performance.now() - started);
      this.#jar.receive(response.headers.getSetCookie());
      if (!response.ok) {
        const text = await response.text().catch(() => '');
        this.stats.error(`student ${this.index}: ${method} ${path} → ${response.status} ${text.slice(0, 120)}`);
        return null;
      }
      return response;
    } catch (error) {
      this.stats.request(performance.now() - started);
      this.stats.error(`student ${this.index}: ${method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
