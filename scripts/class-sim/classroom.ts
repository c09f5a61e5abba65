import type { ClassSimStats } from './stats';
import { ExpectedCart, SessionJar } from './student';

/*
 * A classroom student: a browser on the cart lab, at a person's pace. It loads the page, reads
 * the cart and the inspector as the page does, keeps the inspector's stream open (one
 * `GET /api/inspect/stream` per cookie, re-opened when the cookie changes, exactly as
 * `useInspection` does) and reads `/api/inspect` once per change the stream announces. Every
 * 3–6 s it adds to the cart, changes a quantity or visits a lesson, and checks every cart the
 * server returns against what it did.
 *
 * `floor` mode sends the same mix to the bare route (`GET /api/health`), reading it once after
 * each action in place of the pushed inspection: the cost of Next's routing alone.
 */

const PRODUCTS = ['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi'] as const;
const ACCOUNTS = [
  { username: 'riya', password: 'chai-1234' },
  { username: 'aman', password: 'samosa-1234' },
] as const;
const LESSONS = ['what-is-a-session', 'cookies', 'session-id', 'stores', 'login-logout'] as const;
const LAB_PAGE = '/en/lab/cart';
const FLOOR_PATH = '/api/health';

export type RequestKind = 'page' | 'login' | 'add' | 'qty' | 'visit' | 'cart' | 'inspect' | 'stream';

type Random = () => number;
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

export interface ClassroomOptions {
  readonly thinkMs: readonly [number, number];
  readonly floor: boolean;
  /**
   * `stream`: the inspector as it is now (pushed). `poll`: as it was before the stream, a read
   * every 2 s and one after each of the page's requests, for before/after runs in one sitting.
   */
  readonly inspector: 'stream' | 'poll';
}

const POLL_MS = 2_000;

export class ClassroomStudent {
  readonly #jar = new SessionJar();
  readonly #cart = new ExpectedCart();
  readonly #account: (typeof ACCOUNTS)[number];
  readonly #address: string;
  #stream: AbortController | null = null;
  #streamCookie: string | null | undefined = undefined;
  #stopped = false;
  /** A read of the inspector is on its way / another is wanted after it (as `useInspection` folds them). */
  #reading = false;
  #readAgain = false;
  /** When the last action started, for the time its change took to come back through the stream. */
  #actionStarted = 0;
  #awaitingPush = false;
  /** A write failed without an answer: whether the server applied it is unknown until the next cart. */
  #uncertain = false;

  constructor(
    readonly index: number,
    readonly baseUrl: URL,
    readonly stats: ClassSimStats,
    readonly options: ClassroomOptions,
    readonly random: Random = Math.random,
  ) {
    this.#account = ACCOUNTS[index % ACCOUNTS.length]!;
    this.#address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  }

  /** Opens the lab, logs in, then acts every few seconds until `deadline`. */
  async run(deadline: number): Promise<void> {
    let poll: ReturnType<typeof setInterval> | undefined;
    if (this.options.inspector === 'poll') poll = setInterval(() => void this.#readInspector(), POLL_MS);
    try {
      await this.#send('page', 'GET', LAB_PAGE, undefined, 'text/html');
      await this.#verify(await this.#send('cart', 'GET', '/api/demo/cart'), 'first read');
      await this.#readInspector();
      await this.#think();
      const login = await this.#send('login', 'POST', '/api/demo/login', { username: this.#account.username, password: this.#account.password });
      await login?.arrayBuffer();
      await this.#afterAction();
      while (Date.now() < deadline && !this.#stopped) {
        await this.#think();
        if (Date.now() >= deadline) break;
        await this.#act();
      }
      await this.#verify(await this.#send('cart', 'GET', '/api/demo/cart'), 'final read');
    } finally {
      clearInterval(poll);
      this.stop();
    }
  }

  stop(): void {
    this.#stopped = true;
    this.#stream?.abort();
    this.#stream = null;
  }

  async #think(): Promise<void> {
    const [min, max] = this.options.thinkMs;
    await new Promise((resolve) => setTimeout(resolve, min + this.random() * (max - min)));
  }

  async #act(): Promise<void> {
    const roll = this.random();
    this.#actionStarted = performance.now();
    this.#awaitingPush = true;
    if (roll < 0.45) {
      const productId = pick(PRODUCTS, this.random);
      const qty = 1 + Math.floor(this.random() * 2);
      if (this.#cart.qtyOf(productId) + qty > 99) return this.#setQty(productId, 1);
      this.#cart.add(productId, qty);
      await this.#verify(await this.#send('add', 'POST', '/api/demo/cart', { productId, qty }), 'add');
    } else if (roll < 0.75) {
      const inCart = PRODUCTS.filter((id) => this.#cart.qtyOf(id) > 0);
      if (inCart.length === 0) {
        this.#cart.add('chai', 1);
        await this.#verify(await this.#send('add', 'POST', '/api/demo/cart', { productId: 'chai', qty: 1 }), 'add');
      } else {
        await this.#setQty(pick(inCart, this.random), 1 + Math.floor(this.random() * 5));
      }
    } else {
      const response = await this.#send('visit', 'POST', '/api/demo/activity', { path: `/en/learn/${pick(LESSONS, this.random)}` });
      await response?.arrayBuffer();
    }
    await this.#afterAction();
  }

  async #setQty(productId: string, qty: number): Promise<void> {
    this.#cart.remove(productId);
    this.#cart.add(productId, qty);
    await this.#verify(await this.#send('qty', 'PATCH', `/api/demo/cart/${productId}`, { qty }), 'change quantity');
  }

  /** What the page does after a request: in floor mode one read in place of the push; else follow the cookie. */
  async #afterAction(): Promise<void> {
    if (this.options.floor || this.options.inspector === 'poll') {
      await this.#readInspector();
      return;
    }
    this.#ensureStream();
  }

  /** One stream per cookie, as the page keeps it. */
  #ensureStream(): void {
    const cookie = this.#jar.header();
    if (this.#stopped || (this.#stream !== null && cookie === this.#streamCookie)) return;
    this.#stream?.abort();
    this.#streamCookie = cookie;
    const controller = new AbortController();
    this.#stream = controller;
    void this.#listen(controller, cookie);
  }

  async #listen(controller: AbortController, cookie: string | null): Promise<void> {
    const headers: Record<string, string> = { accept: 'text/event-stream', 'x-forwarded-for': this.#address };
    if (cookie !== null) headers.cookie = cookie;
    const started = performance.now();
    try {
      const response = await fetch(new URL('/api/inspect/stream', this.baseUrl), { headers, signal: controller.signal });
      this.stats.request(performance.now() - started, 'stream');
      if (!response.ok || response.body === null) {
        this.stats.error(`student ${this.index}: stream → ${response.status}`);
        return;
      }
      const decoder = new TextDecoder();
      let buffer = '';
      const reader = response.body.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: changed$/m.test(block)) this.#onChanged();
        }
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.stats.error(`student ${this.index}: stream failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #onChanged(): void {
    if (this.#awaitingPush) {
      this.#awaitingPush = false;
      this.stats.sample('push', performance.now() - this.#actionStarted);
    }
    void this.#readInspector();
  }

  /** Reads the inspector, one read at a time, one more after it when asked meanwhile. */
  async #readInspector(): Promise<void> {
    if (this.#reading) {
      this.#readAgain = true;
      return;
    }
    this.#reading = true;
    try {
      do {
        this.#readAgain = false;
        const response = await this.#send('inspect', 'GET', this.options.floor ? FLOOR_PATH : '/api/inspect');
        await response?.arrayBuffer();
      } while (this.#readAgain && !this.#stopped);
    } finally {
      this.#reading = false;
    }
  }

  async #verify(response: Response | null, what: string): Promise<void> {
    if (response === null) {
      // An error is already counted; the cart is checked again from the next answer on.
      this.#uncertain = true;
      return;
    }
    if (this.options.floor) {
      await response.arrayBuffer();
      return;
    }
    const body = (await response.json().catch(() => null)) as { items?: { productId: string; qty: number }[] } | null;
    if (!Array.isArray(body?.items)) {
      this.stats.error(`student ${this.index}: ${what} answered without items`);
      return;
    }
    if (this.#uncertain) {
      this.#uncertain = false;
      this.#cart.replaceWith(body.items);
      return;
    }
    const difference = this.#cart.differenceFrom(body.items);
    if (difference !== null) this.stats.lostUpdate(`student ${this.index} after ${what}: ${difference}`);
  }

  /** Sends one request (to the bare route in floor mode); counts its latency by kind, a failure as an error. */
  async #send(kind: RequestKind, method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response | null> {
    const floor = this.options.floor;
    const headers: Record<string, string> = { 'x-forwarded-for': this.#address, 'x-pathshala-locale': 'en', accept };
    const cookie = this.#jar.header();
    if (cookie !== null && !floor) headers.cookie = cookie;
    if (body !== undefined && !floor) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await fetch(new URL(floor ? FLOOR_PATH : path, this.baseUrl), {
        method: floor ? 'GET' : method,
        headers,
        body: body === undefined || floor ? undefined : JSON.stringify(body),
        redirect: 'manual',
      });
      if (kind === 'page') await response.arrayBuffer();
      this.stats.request(performance.now() - started, kind);
      this.#jar.receive(response.headers.getSetCookie());
      if (!response.ok) {
        const text = await response.text().catch(() => '');
        this.stats.error(`student ${this.index}: ${method} ${path} → ${response.status} ${text.slice(0, 120)}`);
        return null;
      }
      return response;
    } catch (error) {
      this.stats.request(performance.now() - started, kind);
      this.stats.error(`student ${this.index}: ${method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
