/** The three ways the tampering lab keeps the same cart (pure, so the page can use it too). */
export const TAMPER_KINDS = ['plain', 'signed', 'sealed'] as const;
export type TamperKind = (typeof TAMPER_KINDS)[number];

/** Replaces the character at `at` with another one from the same alphabet. */
function flipAt(value: string, at: number): string {
  if (at < 0 || at >= value.length) return value + 'x';
  return value.slice(0, at) + (value[at] === 'A' ? 'B' : 'A') + value.slice(at + 1);
}

/**
 * What "make it cheap" does to each kind: the JSON gets a price of 1 paisa; the signed ID and
 * the seal get one character changed (the last of the ID; the first of the ciphertext) — all a
 * learner can do without the secret.
 */
export function cheapen(kind: TamperKind, value: string): string {
  if (kind === 'plain') return value.replace(/"unitPricePaise":\s*\d+/g, '"unitPricePaise":1');
  if (kind === 'signed') return flipAt(value, value.lastIndexOf('.') - 1);
  const ciphertextStart = value.split('*').slice(0, 4).join('*').length + 1;
  return flipAt(value, value.split('*').length >= 5 ? ciphertextStart : -1);
}
