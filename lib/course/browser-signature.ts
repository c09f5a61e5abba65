/**
 * The session-ID signature, computed in the browser with WebCrypto: the same
 * `s:<sid>.<base64 HMAC-SHA256 without "=">` that the engine (and cookie-signature) produce.
 * A unit test checks it against `signSessionId` from lib/session.
 */

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function browserSignature(sid: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(sid)));
  return toBase64(mac).replace(/=+$/, '');
}

export async function browserSignSessionId(sid: string, secret: string): Promise<string> {
  return `s:${sid}.${await browserSignature(sid, secret)}`;
}

export interface BrowserVerification {
  /** The parts of the value, or null when it is not `s:<sid>.<signature>`. */
  parts: { sid: string; signature: string } | null;
  /** Index of the secret that verifies it, or -1. */
  secretIndex: number;
}

/** Checks a cookie value against every secret in order; the first one that matches wins. */
export async function browserVerify(value: string, secrets: readonly string[]): Promise<BrowserVerification> {
  if (!value.startsWith('s:')) return { parts: null, secretIndex: -1 };
  const body = value.slice(2);
  const dot = body.lastIndexOf('.');
  if (dot === -1) return { parts: null, secretIndex: -1 };
  const parts = { sid: body.slice(0, dot), signature: body.slice(dot + 1) };
  for (let index = 0; index < secrets.length; index++) {
    const secret = secrets[index];
    // A page-side check for teaching: the server's check is the constant-time one.
    if (secret && (await browserSignature(parts.sid, secret)) === parts.signature) return { parts, secretIndex: index };
  }
  return { parts, secretIndex: -1 };
}
