/*
 * What the inspectors may show of a cookie. The session cookie is HttpOnly so that page
 * scripts cannot read it; an inspector that handed its full value to any script on the page
 * (`fetch('/api/inspect')`) would undo that. So the inspectors show each part's first
 * characters — enough to see that an ID or a signature changed, too few to replay — other
 * cookies by name only, and the instructor's cookie not at all.
 */

/** Characters kept of a sid, a signature or a seal part. */
export const SHOWN_CHARS = 6;

/** Cookies the inspectors never mention, not even by name. */
export const UNSHOWN_COOKIES: ReadonlySet<string> = new Set(['pathshala.instructor']);

/** `text`'s first characters and an ellipsis; short texts as they are. */
export function shorten(text: string, keep = SHOWN_CHARS): string {
  return text.length <= keep + 2 ? text : `${text.slice(0, keep)}…`;
}

/** A signed session value `s:<sid>.<signature>` with both parts shortened; anything else shortened whole. */
export function redactSignedValue(value: string): string {
  const dot = value.lastIndexOf('.');
  if (!value.startsWith('s:') || dot === -1) return shorten(value);
  return `s:${shorten(value.slice(2, dot))}.${shorten(value.slice(dot + 1))}`;
}

function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The `Cookie` header as the inspector shows it: the session cookie with its sid and
 * signature shortened, other cookies as `name=…`, the unshown ones left out. Null stays null.
 */
export function redactCookieHeader(header: string | null, sessionCookieName: string): string | null {
  if (header === null) return null;
  const shown: string[] = [];
  for (const pair of header.split(';')) {
    const text = pair.trim();
    if (text === '') continue;
    const eq = text.indexOf('=');
    const name = (eq === -1 ? text : text.slice(0, eq)).trim();
    if (UNSHOWN_COOKIES.has(name)) continue;
    const value = eq === -1 ? '' : text.slice(eq + 1).trim();
    shown.push(name === sessionCookieName ? `${name}=${redactSignedValue(decodeValue(value))}` : `${name}=…`);
  }
  return shown.join('; ');
}

/** A session `Set-Cookie` with its value redacted as in `redactSignedValue`; the attributes as they were. */
export function redactSetCookie(header: string | null): string | null {
  if (header === null) return null;
  const eq = header.indexOf('=');
  if (eq === -1) return header;
  const end = header.indexOf(';', eq);
  const value = end === -1 ? header.slice(eq + 1) : header.slice(eq + 1, end);
  const shown = value === '' ? '' : redactSignedValue(decodeValue(value));
  return `${header.slice(0, eq + 1)}${shown}${end === -1 ? '' : header.slice(end)}`;
}

/** A sid as the inspector shows it; null stays null. */
export function redactSid(sid: string | null): string | null {
  return sid === null ? null : shorten(sid);
}

/**
 * Any `Set-Cookie` as a page may see it: the session cookie as `redactSetCookie` shows it,
 * another cookie as `name=…` (its attributes as they were), an unshown one not at all (null).
 */
export function redactAnySetCookie(header: string, sessionCookieName: string): string | null {
  const eq = header.indexOf('=');
  const name = (eq === -1 ? header : header.slice(0, eq)).trim();
  if (UNSHOWN_COOKIES.has(name)) return null;
  if (name === sessionCookieName) return redactSetCookie(header);
  if (eq === -1) return header;
  const end = header.indexOf(';', eq);
  const value = end === -1 ? header.slice(eq + 1) : header.slice(eq + 1, end);
  return `${header.slice(0, eq + 1)}${value === '' ? '' : '…'}${end === -1 ? '' : header.slice(end)}`;
}
