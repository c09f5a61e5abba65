/*
 * An iron seal taken apart for the inspector. iron-webcrypto writes
 * `Fe26.2*<passwordId>*<encryptionSalt>*<iv>*<ciphertext>*<expiration>*<hmacSalt>*<hmac>`
 * and iron-session 8 appends `~2` (its token version).
 */

/** The names of the eight `*`-separated fields, in order. */
export const SEAL_PART_NAMES = ['prefix', 'passwordId', 'encryptionSalt', 'iv', 'ciphertext', 'expiration', 'hmacSalt', 'hmac'] as const;
export type SealPartName = (typeof SEAL_PART_NAMES)[number];

export interface SealPart {
  readonly name: SealPartName;
  readonly value: string;
  /** The field's full length, when `value` was shortened for showing. */
  readonly length?: number;
}

export interface SplitSeal {
  readonly parts: readonly SealPart[];
  /** iron-session's token version after `~`, or null when there is none. */
  readonly tokenVersion: string | null;
  /** When the seal stops being accepted (its `expiration` field), or null when it has none or it is not a number. */
  readonly expiresAt: Date | null;
}

/** The labelled fields of `seal`, or null when it does not have iron's eight fields. */
export function splitSeal(seal: string): SplitSeal | null {
  const tilde = seal.lastIndexOf('~');
  const body = tilde === -1 ? seal : seal.slice(0, tilde);
  const tokenVersion = tilde === -1 ? null : seal.slice(tilde + 1);
  const values = body.split('*');
  if (values.length !== SEAL_PART_NAMES.length) return null;
  const parts = SEAL_PART_NAMES.map((name, index) => ({ name, value: values[index] ?? '' }));
  const expiration = values[5] ?? '';
  const expiresAt = /^\d+$/.test(expiration) ? new Date(Number(expiration)) : null;
  return { parts, tokenVersion, expiresAt };
}
