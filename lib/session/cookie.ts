/** `SameSite` as express-session accepts it: `true` means `Strict`. */
export type SameSite = boolean | 'lax' | 'strict' | 'none';

/** The `Priority` cookie attribute (a Chrome extension to RFC 6265). */
export type CookiePriority = 'low' | 'medium' | 'high';

/** The cookie as it is kept in the store, in express-session's JSON shape and key order. */
export interface StoredCookie {
  originalMaxAge: number | null;
  partitioned?: boolean;
  priority?: CookiePriority;
  expires?: string | null;
  secure?: boolean;
  httpOnly?: boolean;
  domain?: string;
  path?: string;
  sameSite?: SameSite;
}

/** The attributes a session cookie is built from. */
export interface SessionCookieInit {
  originalMaxAge: number | null;
  expires: Date | null;
  httpOnly: boolean;
  secure: boolean | undefined;
  sameSite: SameSite | undefined;
  path: string;
  domain: string | undefined;
  partitioned: boolean | undefined;
  priority: CookiePriority | undefined;
}

/**
 * The session cookie: what the browser is told, and what the store remembers of it.
 * Mirrors express-session's `Cookie`: `maxAge` is the time left, `originalMaxAge` the
 * configured lifetime, and `expires` the moment the cookie dies (`null` for a browser-session cookie).
 */
export class SessionCookie {
  originalMaxAge: number | null;
  httpOnly: boolean;
  secure: boolean | undefined;
  sameSite: SameSite | undefined;
  path: string;
  domain: string | undefined;
  partitioned: boolean | undefined;
  priority: CookiePriority | undefined;
  #expires: Date | null;

  constructor(init: SessionCookieInit) {
    this.originalMaxAge = init.originalMaxAge;
    this.#expires = init.expires;
    this.httpOnly = init.httpOnly;
    this.secure = init.secure;
    this.sameSite = init.sameSite;
    this.path = init.path;
    this.domain = init.domain;
    this.partitioned = init.partitioned;
    this.priority = init.priority;
  }

  /** Rebuilds the cookie of a stored session; a stored cookie keeps its own attributes. */
  static fromStored(stored: StoredCookie): SessionCookie {
    const expires = typeof stored.expires === 'string' ? new Date(stored.expires) : null;
    return new SessionCookie({
      originalMaxAge: typeof stored.originalMaxAge === 'number' ? stored.originalMaxAge : null,
      expires: expires !== null && !Number.isNaN(expires.getTime()) ? expires : null,
      httpOnly: stored.httpOnly !== false,
      secure: stored.secure,
      sameSite: stored.sameSite,
      path: stored.path ?? '/',
      domain: stored.domain,
      partitioned: stored.partitioned,
      priority: stored.priority,
    });
  }

  /** When the cookie dies; setting it also re-bases `originalMaxAge`, as in express-session. */
  get expires(): Date | null {
    return this.#expires;
  }

  set expires(date: Date | null) {
    this.#expires = date;
    this.originalMaxAge = date === null ? null : date.getTime() - Date.now();
  }

  /** Milliseconds until the cookie dies, or `null` for a browser-session cookie. */
  get maxAge(): number | null {
    return this.#expires === null ? null : this.#expires.getTime() - Date.now();
  }

  set maxAge(ms: number | null) {
    this.#expires = ms === null ? null : new Date(Date.now() + ms);
    this.originalMaxAge = ms;
  }

  /** Restarts the cookie's life from now (express-session's `resetMaxAge`). */
  resetMaxAge(): void {
    this.maxAge = this.originalMaxAge;
  }

  /** The stored shape; `JSON.stringify` turns `expires` into an ISO string. */
  toJSON(): StoredCookie {
    return {
      originalMaxAge: this.originalMaxAge,
      partitioned: this.partitioned,
      priority: this.priority,
      expires: this.#expires === null ? null : this.#expires.toISOString(),
      secure: this.secure,
      httpOnly: this.httpOnly,
      domain: this.domain,
      path: this.path,
      sameSite: this.sameSite,
    };
  }

  /** The `Set-Cookie` header value for this cookie carrying `value`. */
  serialize(name: string, value: string): string {
    return serializeSetCookie(name, value, this.attributes());
  }

  /** The attributes a `Set-Cookie` for this cookie carries, as a detached copy (for a framework's cookie API). */
  attributes(): SetCookieAttributes {
    return {
      expires: this.#expires,
      httpOnly: this.httpOnly,
      secure: this.secure,
      sameSite: this.sameSite,
      path: this.path,
      domain: this.domain,
      partitioned: this.partitioned,
      priority: this.priority,
    };
  }
}

/** The attributes `serializeSetCookie` writes. */
export interface SetCookieAttributes {
  readonly expires?: Date | null;
  readonly maxAgeSeconds?: number;
  readonly httpOnly?: boolean;
  readonly secure?: boolean;
  readonly sameSite?: SameSite;
  readonly path?: string;
  readonly domain?: string;
  readonly partitioned?: boolean;
  readonly priority?: CookiePriority;
}

const SAME_SITE_LABEL = { lax: 'Lax', strict: 'Strict', none: 'None' } as const;
const PRIORITY_LABEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/**
 * A `Set-Cookie` header value with the attributes in the order the `cookie` package
 * (used by express-session) writes them, so both produce byte-identical headers.
 */
export function serializeSetCookie(name: string, value: string, attributes: SetCookieAttributes): string {
  let header = name + '=' + encodeURIComponent(value);
  if (attributes.maxAgeSeconds !== undefined) header += '; Max-Age=' + Math.floor(attributes.maxAgeSeconds);
  if (attributes.domain) header += '; Domain=' + attributes.domain;
  if (attributes.path) header += '; Path=' + attributes.path;
  if (attributes.expires) header += '; Expires=' + attributes.expires.toUTCString();
  if (attributes.httpOnly) header += '; HttpOnly';
  if (attributes.secure) header += '; Secure';
  if (attributes.partitioned) header += '; Partitioned';
  if (attributes.priority) header += '; Priority=' + PRIORITY_LABEL[attributes.priority];
  if (attributes.sameSite === true) header += '; SameSite=Strict';
  else if (attributes.sameSite) header += '; SameSite=' + SAME_SITE_LABEL[attributes.sameSite];
  return header;
}

function decodeCookieValue(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The value of the first cookie called `name` in a `Cookie` request header, URL-decoded
 * (left as sent when it is not valid percent-encoding), or `null` when there is none.
 */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  let start = 0;
  while (start < header.length) {
    let end = header.indexOf(';', start);
    if (end === -1) end = header.length;
    const eq = header.indexOf('=', start);
    if (eq !== -1 && eq < end && header.slice(start, eq).trim() === name) {
      let value = header.slice(eq + 1, end).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      return decodeCookieValue(value);
    }
    start = end + 1;
  }
  return null;
}

/** A `Set-Cookie` header taken apart, e.g. to hand it to a framework's cookie API. */
export interface ParsedSetCookie {
  name: string;
  value: string;
  attributes: SetCookieAttributes;
}

/** Parses a `Set-Cookie` value this module wrote back into name, decoded value and attributes. */
export function parseSetCookie(header: string): ParsedSetCookie {
  const [pair = '', ...parts] = header.split(';');
  const eq = pair.indexOf('=');
  const name = pair.slice(0, eq).trim();
  const value = decodeCookieValue(pair.slice(eq + 1).trim());
  const attributes: { -readonly [K in keyof SetCookieAttributes]: SetCookieAttributes[K] } = {};
  for (const part of parts) {
    const at = part.indexOf('=');
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    const arg = at === -1 ? '' : part.slice(at + 1).trim();
    if (key === 'max-age') attributes.maxAgeSeconds = Number(arg);
    else if (key === 'domain') attributes.domain = arg;
    else if (key === 'path') attributes.path = arg;
    else if (key === 'expires') attributes.expires = new Date(arg);
    else if (key === 'httponly') attributes.httpOnly = true;
    else if (key === 'secure') attributes.secure = true;
    else if (key === 'partitioned') attributes.partitioned = true;
    else if (key === 'priority') attributes.priority = arg.toLowerCase() as CookiePriority;
    else if (key === 'samesite') attributes.sameSite = arg.toLowerCase() as 'lax' | 'strict' | 'none';
  }
  return { name, value, attributes };
}
