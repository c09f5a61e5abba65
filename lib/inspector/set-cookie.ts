/** A `Set-Cookie` header taken apart for the inspector. */
export interface SetCookieParts {
  readonly name: string;
  readonly value: string;
  readonly attributes: readonly { readonly name: string; readonly value: string | null }[];
  /** From `Expires` (or `Max-Age` counted from `receivedAt`); null for a browser-session cookie. */
  readonly expiresAt: Date | null;
  /** True when the header deletes the cookie (an expiry in the past or `Max-Age=0`). */
  readonly clears: boolean;
}

export function parseSetCookieHeader(header: string, receivedAt: Date = new Date()): SetCookieParts | null {
  const [pair = '', ...rest] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const attributes = rest
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      return at === -1 ? { name: part, value: null } : { name: part.slice(0, at).trim(), value: part.slice(at + 1).trim() };
    });
  const find = (name: string) => attributes.find((attribute) => attribute.name.toLowerCase() === name)?.value ?? null;
  const maxAge = find('max-age');
  const expires = find('expires');
  let expiresAt: Date | null = null;
  if (maxAge !== null && /^-?\d+$/.test(maxAge)) expiresAt = new Date(receivedAt.getTime() + Number(maxAge) * 1000);
  else if (expires !== null && !Number.isNaN(Date.parse(expires))) expiresAt = new Date(expires);
  return {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    attributes,
    expiresAt,
    clears: expiresAt !== null && expiresAt.getTime() <= receivedAt.getTime(),
  };
}

/** "29:41" or "1:02:03" until `target`; "0:00" once it has passed. */
export function countdown(target: Date, now: Date): string {
  const total = Math.max(0, Math.round((target.getTime() - now.getTime()) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
