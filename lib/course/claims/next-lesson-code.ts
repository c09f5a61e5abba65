import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseSetCookie, RequestCookies } from 'next/dist/compiled/@edge-runtime/cookies';
import { MutableRequestCookiesAdapter, RequestCookiesAdapter } from 'next/dist/server/web/spec-extension/adapters/request-cookies';
import ts from 'typescript';
import { lessonCode } from './lesson-code';

/*
 * Runs a lesson's Next.js files (TypeScript, `import { cookies } from 'next/headers'`) outside
 * Next. Each file is a code block found by its title, the same in every language. `cookies()`
 * returns the store Next 16 itself builds for a request — Next's own RequestCookies, wrapped
 * for a route handler or server action, sealed for a render — so a `set` is serialized to
 * `Set-Cookie` by Next's code and a render that writes throws Next's own error.
 */

/** Where the code runs: a route handler or server action may write cookies, a render may not. */
export type Phase = 'action' | 'render';

type CookieStore = ReturnType<typeof MutableRequestCookiesAdapter.wrap>;

/** One request: its `cookies()` store and the `Set-Cookie` headers it has produced so far. */
export type NextRequestScope = { store: CookieStore; setCookies: () => string[] };

function requestScope(cookieHeader: string, phase: Phase): NextRequestScope {
  const requestCookies = new RequestCookies(new Headers(cookieHeader ? { cookie: cookieHeader } : {}));
  let setCookies: string[] = [];
  const store =
    phase === 'render'
      ? (RequestCookiesAdapter.seal(requestCookies) as unknown as CookieStore)
      : MutableRequestCookiesAdapter.wrap(requestCookies, (serialized) => {
          setCookies = serialized;
        });
  return { store, setCookies: () => setCookies };
}

const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

/** A browser's cookie jar, enough for these tests: it keeps what Set-Cookie says and forgets expired cookies. */
export class Browser {
  readonly #cookies = new Map<string, string>();

  receive(setCookies: readonly string[]): void {
    for (const header of setCookies) {
      const cookie = parseSetCookie(header);
      if (!cookie) continue;
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now());
      if (expired || cookie.value === '') this.#cookies.delete(cookie.name);
      else this.#cookies.set(cookie.name, cookie.value);
    }
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  set(name: string, value: string): void {
    this.#cookies.set(name, value);
  }

  cookieHeader(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
  }
}

/**
 * The files of one lesson, loaded as CommonJS after TypeScript strips the types. `files` maps
 * an import specifier (`@/lib/dal`) to the title of the block that holds it. Every test gets
 * fresh modules, so module state (an in-memory sessions table) starts empty.
 */
export class LessonApp {
  readonly #slug: string;
  readonly #files: Record<string, string>;
  readonly #loaded = new Map<string, unknown>();
  #current: NextRequestScope = requestScope('', 'render');

  constructor(slug: string, files: Record<string, string>) {
    this.#slug = slug;
    this.#files = files;
  }

  /**
   * Runs `fn` as one request from `browser` (a route handler or server action unless `phase`
   * says render) and hands the response's Set-Cookie headers back to the browser.
   */
  async request<T>(browser: Browser, fn: () => Promise<T>, phase: Phase = 'action'): Promise<{ result: T; setCookies: string[] }> {
    this.#current = requestScope(browser.cookieHeader(), phase);
    const scope = this.#current;
    try {
      const result = await fn();
      return { result, setCookies: scope.setCookies() };
    } finally {
      // Next sends the cookies set before a redirect() too, so the browser gets them either way.
      browser.receive(scope.setCookies());
    }
  }

  /** The Set-Cookie headers of the latest request, also when it ended by throwing (a redirect). */
  lastSetCookies(): string[] {
    return this.#current.setCookies();
  }

  module<T>(specifier: string): T {
    return this.#require(specifier) as T;
  }

  #require(specifier: string): unknown {
    if (specifier === 'next/headers') return { cookies: async () => this.#current.store };
    // `server-only` only matters to the bundler, which refuses to ship the file to a browser.
    if (specifier === 'server-only') return {};
    const title = this.#files[specifier];
    if (title === undefined) return projectRequire(specifier);
    if (!this.#loaded.has(specifier)) {
      const source = lessonCode(this.#slug, title);
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          jsx: ts.JsxEmit.ReactJSX,
          esModuleInterop: true,
        },
        fileName: title,
      });
      const exports: Record<string, unknown> = {};
      this.#loaded.set(specifier, exports);
      // The code under test is the lesson's own, by design.
      const run = new Function('require', 'exports', 'module', outputText) as (...args: unknown[]) => void;
      run((name: string) => this.#require(name), exports, { exports });
    }
    return this.#loaded.get(specifier);
  }
}

/**
 * Type errors in a lesson's files under the project's strict settings, as `file(line): message`.
 * The files are written where a learner's app would keep them, below a folder inside
 * node_modules/.cache, so `next/headers` and `iron-session` resolve to the installed packages.
 */
export function typeErrors(slug: string, titles: readonly string[]): string[] {
  const cache = path.join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(path.join(cache, 'lesson-types-'));
  try {
    const files = titles.map((title) => {
      const file = path.join(root, title);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, lessonCode(slug, title));
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.Preserve,
      noEmit: true,
      skipLibCheck: true,
      types: ['node', 'react'],
      paths: { '@/*': [`${root}/*`] },
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.relative(root, diagnostic.file.fileName)}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1})`
        : 'tsc';
      return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
