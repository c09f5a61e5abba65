import { createHmac, timingSafeEqual } from 'node:crypto';
import { readCookie } from './cookie';
import type { DecodedSessionCookie } from './trace';

/**
 * Signatures already computed for sids this process issued or accepted, per secret. A live
 * session's cookie is verified and re-signed (rolling) on every request, and an HMAC costs
 * more than the rest of the cookie work together; this keeps one per sid instead. Only sids
 * that were signed here or verified are remembered, so forged cookies cannot fill it, and a
 * cookie is still compared in constant time against the remembered signature.
 */
const MEMO_LIMIT = 10_000;
/** Secrets remembered for; a process has a few (site, rotation, labs), never more than this. */
const MEMO_SECRETS = 32;
const memo = new Map<string, Map<string, string>>();

function remembered(sid: string, secret: string): string | undefined {
  return memo.get(secret)?.get(sid);
}

function remember(sid: string, secret: string, signature: string): void {
  let bySid = memo.get(secret);
  if (bySid === undefined) {
    // A caller passing ever new secrets must not grow this without end: forget the oldest.
    if (memo.size >= MEMO_SECRETS) memo.delete(memo.keys().next().value as string);
    bySid = new Map();
    memo.set(secret, bySid);
  }
  // Map order is insertion order: the oldest entry goes first.
  if (bySid.size >= MEMO_LIMIT) bySid.delete(bySid.keys().next().value as string);
  bySid.set(sid, signature);
}

/** The prefix express-session puts in front of a signed session ID. */
export const SIGNED_PREFIX = 's:' as const;

/**
 * The base64 HMAC-SHA256 of `sid` without `=` padding: the format of the
 * `cookie-signature` package, so express-session with the same secret accepts it.
 */
export function signatureOf(sid: string, secret: string): string {
  const mac = createHmac('sha256', secret).update(sid).digest('base64');
  // A SHA-256 digest is 32 bytes, so its base64 always ends in exactly one '='.
  return mac.endsWith('=') ? mac.slice(0, mac.indexOf('=')) : mac;
}

/**
 * Signs a session ID the way express-session does: `s:<sid>.<signature>`.
 * The result is the cookie value before URL-encoding.
 */
export function signSessionId(sid: string, secret: string): string {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new TypeError('session-engine: signSessionId needs a non-empty secret.');
  }
  let signature = remembered(sid, secret);
  if (signature === undefined) {
    signature = signatureOf(sid, secret);
    remember(sid, secret, signature);
  }
  return SIGNED_PREFIX + sid + '.' + signature;
}

/** What a session cookie value says, taken apart. */
export interface UnsignedSessionId {
  /** The session ID, or `null` when the value is not `s:<sid>.<signature>`. */
  readonly sid: string | null;
  /** The signature part as sent (empty when there was none). */
  readonly signature: string;
  /** Whether one of the secrets produced exactly this signature. */
  readonly valid: boolean;
  /** Index of the secret that verified it, or -1. */
  readonly secretIndex: number;
}

/**
 * Takes a cookie value `s:<sid>.<signature>` apart and checks the signature
 * against every secret, in order, in constant time per secret.
 */
export function verifySessionId(value: string, secrets: readonly string[]): UnsignedSessionId {
  if (!value.startsWith(SIGNED_PREFIX)) {
    return { sid: null, signature: '', valid: false, secretIndex: -1 };
  }
  const body = value.slice(SIGNED_PREFIX.length);
  const dot = body.lastIndexOf('.');
  // A value without a dot has no signature at all, so it can never verify.
  const sid = dot === -1 ? body : body.slice(0, dot);
  const signature = dot === -1 ? '' : body.slice(dot + 1);
  const given = Buffer.from(signature);
  for (let index = 0; index < secrets.length; index++) {
    const secret = secrets[index] as string;
    const known = remembered(sid, secret);
    const expected = Buffer.from(known ?? signatureOf(sid, secret));
    if (expected.length === given.length && timingSafeEqual(expected, given)) {
      if (known === undefined) remember(sid, secret, signature);
      return { sid, signature, valid: true, secretIndex: index };
    }
  }
  return { sid, signature, valid: false, secretIndex: -1 };
}

/**
 * Returns the session ID inside a signed cookie value `s:<sid>.<signature>`,
 * or `false` when no secret verifies it (the return shape of cookie-signature's `unsign`).
 * The first secret signs; every secret verifies, so secrets can be rotated.
 */
export function unsignSessionId(value: string, secrets: string | readonly string[]): string | false {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  const result = verifySessionId(value, list);
  return result.valid && result.sid !== null ? result.sid : false;
}

/** How a request's session cookie reads, before the store is asked about its sid. */
export interface SessionCookieReading {
  /** The cookie's value as received (URL-decoded), or null when the request had none. */
  readonly value: string | null;
  /** The value taken apart; `valid` and `reason` speak of the signature only. */
  readonly decoded: DecodedSessionCookie;
  readonly signature: 'valid' | 'invalid' | 'unsigned' | 'absent';
}

/**
 * The one reader of a session cookie: finds `name` in a `Cookie` header, takes the value
 * apart and checks its signature against `secrets`. The engine's requests, its inspection
 * and the site's helpers all read cookies through this, so they can never disagree.
 */
export function decodeSessionCookie(cookieHeader: string | null, name: string, secrets: readonly string[]): SessionCookieReading {
  const value = readCookie(cookieHeader, name);
  if (value === null) {
    return { value, signature: 'absent', decoded: { prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' } };
  }
  const verified = verifySessionId(value, secrets);
  const decoded: DecodedSessionCookie = {
    prefix: verified.sid === null ? null : SIGNED_PREFIX,
    sid: verified.sid,
    signature: verified.sid === null ? null : verified.signature,
    valid: verified.valid,
    reason: verified.valid ? null : 'bad-signature',
  };
  const signature = verified.sid === null ? 'unsigned' : verified.valid ? 'valid' : 'invalid';
  return { value, decoded, signature };
}
