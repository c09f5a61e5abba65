/*
 * The curl commands of a lesson that a page can send itself. A lesson's terminal block is read
 * once, on the server, and each line that is a plain request to this site's own API becomes a
 * `TryRequest`: the same method, headers and body, and "this browser's cookies" wherever the
 * command reads a cookie jar. Anything the page could not send the same way (a file, a shell
 * pipe, another jar standing for another client, a header `fetch` may not set, another host or
 * port) is refused with a reason, and the line gets no button.
 */

/** The address lessons give the site; only requests to it, under `/api/`, can run from a page. */
export const LESSON_SITE_ORIGIN = 'http://localhost:3000';

/** The cookie jar a lesson's commands share; the browser's own cookies stand in for it. */
export const BROWSER_JAR = 'jar';

export const TRY_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type TryMethod = (typeof TRY_METHODS)[number];

/** One request a page can send in place of a curl command. */
export interface TryRequest {
  readonly method: TryMethod;
  /** Path and query on this site, always under `/api/` (`isSiteApiPath`). */
  readonly path: string;
  /** In the command's order, names as written. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly body: string | null;
  /** `browser`: the command reads the shared jar; `none`: it sends no cookies at all. */
  readonly cookies: 'browser' | 'none';
}

export type CurlRefusal =
  | 'not-curl'
  | 'shell-syntax'
  | 'unsupported-option'
  | 'other-jar'
  | 'forbidden-header'
  | 'file-body'
  | 'bad-method'
  | 'other-site'
  | 'no-url';

export type CurlParse = { readonly ok: true; readonly request: TryRequest } | { readonly ok: false; readonly reason: CurlRefusal };

/** A runnable line of a block: the number of the line it starts on (from 1) and its request. */
export interface TryLine {
  readonly line: number;
  readonly request: TryRequest;
}

/**
 * Headers `fetch` will not send as given (the Fetch standard's forbidden request headers): a
 * command that sets one would reach the server differently from a page, so it gets no button.
 */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
  'x-http-method',
  'x-http-method-override',
  'x-method-override',
]);
const FORBIDDEN_PREFIXES = ['proxy-', 'sec-'];

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Options that change nothing a page shows: we always print status, headers and body. */
const QUIET_FLAGS = new Set(['-i', '--include', '-v', '--verbose', '-s', '--silent', '-S', '--show-error']);
const QUIET_LETTERS = new Set(['i', 'v', 's', 'S']);

/** Characters a shell treats specially outside quotes; a line with one is not a plain command. */
const SHELL_SPECIAL = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '[', ']', '{', '}', '~', '!', '#']);

/**
 * A line split into words as bash would split it, for the plain cases lessons use: words,
 * 'single quotes', "double quotes" with \" \\ \$ \` escapes, and a backslash escape. Null for
 * anything that would need a shell (pipes, redirects, variables, globs, an unclosed quote).
 */
export function shellWords(line: string): string[] | null {
  const words: string[] = [];
  let word: string | null = null;
  for (let at = 0; at < line.length; at++) {
    const char = line[at] as string;
    if (char === ' ' || char === '\t') {
      if (word !== null) words.push(word);
      word = null;
      continue;
    }
    if (char === "'") {
      const end = line.indexOf("'", at + 1);
      if (end === -1) return null;
      word = (word ?? '') + line.slice(at + 1, end);
      at = end;
      continue;
    }
    if (char === '"') {
      let text = '';
      let closed = false;
      for (at += 1; at < line.length; at++) {
        const inner = line[at] as string;
        if (inner === '"') {
          closed = true;
          break;
        }
        if (inner === '$' || inner === '`') return null;
        if (inner === '\\' && at + 1 < line.length && '"\\$`'.includes(line[at + 1] as string)) {
          text += line[at + 1];
          at += 1;
          continue;
        }
        text += inner;
      }
      if (!closed) return null;
      word = (word ?? '') + text;
      continue;
    }
    if (char === '\\') {
      if (at + 1 >= line.length) return null;
      word = (word ?? '') + line[at + 1];
      at += 1;
      continue;
    }
    if (SHELL_SPECIAL.has(char)) return null;
    word = (word ?? '') + char;
  }
  if (word !== null) words.push(word);
  return words;
}

/**
 * True for a path (with its query) on this site under `/api/` that a browser would send as
 * written: nothing that changes meaning on the way (dot segments, `//`, backslashes, encoded
 * slashes or dots, spaces or control characters), so it can only ever reach this site's API.
 */
export function isSiteApiPath(path: string): boolean {
  if (!/^\/api\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/.test(path)) return false;
  if (path.includes('//') || /%(2e|2f|5c|00)/i.test(path) || /\/\.\.?(\/|\?|$)/.test(path)) return false;
  const base = 'http://site.invalid';
  try {
    const url = new URL(path, base);
    return url.origin === base && url.pathname.startsWith('/api/') && url.pathname + url.search === path;
  } catch {
    return false;
  }
}

function refuse(reason: CurlRefusal): CurlParse {
  return { ok: false, reason };
}

function isForbiddenHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN_HEADERS.has(lower) || FORBIDDEN_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The request a page can send for one curl command, or why it cannot. */
export function parseCurlCommand(command: string): CurlParse {
  const words = shellWords(command.trim());
  if (words === null) return refuse('shell-syntax');
  if (words[0] !== 'curl') return refuse('not-curl');
  let method: string | null = null;
  let url: string | null = null;
  let body: string | null = null;
  let readsJar = false;
  let writesJar = false;
  const headers: [string, string][] = [];
  for (let at = 1; at < words.length; at++) {
    const word = words[at] as string;
    const next = () => {
      at += 1;
      return words[at] ?? null;
    };
    if (QUIET_FLAGS.has(word) || (/^-[A-Za-z]{2,}$/.test(word) && [...word.slice(1)].every((letter) => QUIET_LETTERS.has(letter))))
      continue;
    if (word === '-b' || word === '--cookie' || word === '-c' || word === '--cookie-jar') {
      const jar = next();
      // `-b 'name=value'` sends a cookie of its own, which a page cannot; another file is another client.
      if (jar !== BROWSER_JAR) return refuse('other-jar');
      if (word === '-b' || word === '--cookie') readsJar = true;
      else writesJar = true;
      continue;
    }
    if (word === '-H' || word === '--header') {
      const header = next();
      const colon = header?.indexOf(':') ?? -1;
      if (header === null || colon <= 0) return refuse('unsupported-option');
      const name = header.slice(0, colon).trim();
      if (!HEADER_NAME.test(name)) return refuse('unsupported-option');
      if (isForbiddenHeader(name)) return refuse('forbidden-header');
      headers.push([name, header.slice(colon + 1).trim()]);
      continue;
    }
    if (word === '-d' || word === '--data' || word === '--data-raw') {
      const data = next();
      if (data === null || body !== null) return refuse('unsupported-option');
      if (word !== '--data-raw' && data.startsWith('@')) return refuse('file-body');
      body = data;
      continue;
    }
    if (word === '-X' || word === '--request') {
      method = next();
      if (method === null || !(TRY_METHODS as readonly string[]).includes(method)) return refuse('bad-method');
      continue;
    }
    if (word.startsWith('-')) return refuse('unsupported-option');
    if (url !== null) return refuse('unsupported-option');
    url = word;
  }
  if (url === null) return refuse('no-url');
  // Writing the jar without reading it cannot be done with a browser's cookies: they go both ways.
  if (writesJar && !readsJar) return refuse('other-jar');
  const path = sitePath(url);
  if (path === null) return refuse('other-site');
  const resolved = (method ?? (body === null ? 'GET' : 'POST')) as TryMethod;
  if (body !== null && resolved === 'GET') return refuse('bad-method');
  // curl's own default for -d, so a body without a type reaches the server as it would from curl.
  if (body !== null && !headers.some(([name]) => name.toLowerCase() === 'content-type')) {
    headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  return { ok: true, request: { method: resolved, path, headers, body, cookies: readsJar ? 'browser' : 'none' } };
}

/** The path of a URL on the lessons' site under `/api/`, or null for any other address. */
function sitePath(url: string): string | null {
  if (!url.startsWith(`${LESSON_SITE_ORIGIN}/`)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== LESSON_SITE_ORIGIN || parsed.username !== '' || parsed.password !== '' || parsed.hash !== '') return null;
  const path = url.slice(LESSON_SITE_ORIGIN.length);
  return isSiteApiPath(path) ? path : null;
}

/**
 * The commands of a terminal block that a page can send, each with the number of the line it
 * starts on as the block shows it (blank lines and `#` comments are not commands; a trailing `\`
 * joins a line to the next, as in a shell).
 */
export function tryLinesOf(code: string): TryLine[] {
  const rows = code.split('\n');
  const lines: TryLine[] = [];
  for (let at = 0; at < rows.length; at++) {
    const first = at;
    let command = rows[at] as string;
    while (command.endsWith('\\') && at + 1 < rows.length) {
      at += 1;
      command = `${command.slice(0, -1)} ${rows[at] as string}`;
    }
    const text = command.trim();
    if (text === '' || text.startsWith('#')) continue;
    const parsed = parseCurlCommand(text);
    if (parsed.ok) lines.push({ line: first + 1, request: parsed.request });
  }
  return lines;
}
