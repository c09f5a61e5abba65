import { shorten } from '@/lib/inspector/redact';
import { COOKIE_LIMIT_BYTES, setCookieBytes } from './cookie-budget';
import { sealSetCookie, type Unsealed } from './sealed-cookie';
import { splitSeal, type SealPartName, type SplitSeal } from './seal-parts';

/** What `GET /api/demo/stateless/inspect` shows: the seal, taken apart and measured, and an empty store. */
export interface StatelessInspection {
  readonly cookieName: string;
  /**
   * The seal the browser sent, shortened, or null. The cookie is HttpOnly: this answer is
   * readable by the page's scripts, so it never carries a value that could be replayed.
   */
  readonly seal: string | null;
  /** The seal's full length in characters, 0 without one. */
  readonly sealLength: number;
  readonly split: SplitSeal | null;
  /** Whether the server could open it, and why not. */
  readonly valid: boolean;
  readonly reason: 'no_cookie' | 'bad_seal' | 'expired' | null;
  /** What the server reads inside, after unsealing; null when it could not. */
  readonly data: Record<string, unknown> | null;
  /** The `Set-Cookie` that carries this seal, in bytes, against the browser's limit. */
  readonly sizeBytes: number;
  readonly limitBytes: number;
  /** The server keeps nothing: the data lives in the cookie. */
  readonly store: { readonly kind: 'none'; readonly size: 0 };
}

/** The inspection of one request's sealed cookie (pure: the caller unseals). */
export function inspectSeal(cookieName: string, unsealed: Unsealed, secure: boolean): StatelessInspection {
  const seal = unsealed.seal;
  return {
    cookieName,
    seal: seal === null ? null : shorten(seal, 12),
    sealLength: seal?.length ?? 0,
    split: seal === null ? null : shortenedParts(splitSeal(seal)),
    valid: unsealed.ok,
    reason: unsealed.ok ? null : unsealed.reason,
    data: unsealed.ok ? unsealed.data : null,
    sizeBytes: seal === null ? 0 : setCookieBytes(sealSetCookie(seal, secure)),
    limitBytes: COOKIE_LIMIT_BYTES,
    store: { kind: 'none', size: 0 },
  };
}

/** Fields shown whole: they are public labels, not material of the seal. */
const WHOLE_PARTS: ReadonlySet<SealPartName> = new Set(['prefix', 'passwordId', 'expiration']);

/** The salts, IV, ciphertext and HMAC cut to their first characters, with their full length kept. */
function shortenedParts(split: SplitSeal | null): SplitSeal | null {
  if (split === null) return null;
  const parts = split.parts.map((part) =>
    WHOLE_PARTS.has(part.name) ? part : { ...part, value: shorten(part.value, 8), length: part.value.length },
  );
  return { ...split, parts };
}
