import { z } from 'zod';

/** The longest nickname, in characters as a reader counts them (code points). */
export const NICKNAME_MAX = 24;

/*
 * Letters of any script (a student may write her name in Devanagari), marks, digits, spaces,
 * punctuation and symbols. Not allowed: control and format characters (zero-width joiners,
 * right-to-left overrides that make a row read backwards), line breaks, and `<` `>`, so a
 * nickname never even looks like HTML wherever it is shown or copied.
 */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{Zs}\p{P}\p{S}]+$/u;
const HTML_LIKE = /[<>]/;

/**
 * A nickname as a student types it: trimmed, inner runs of spaces made one, NFC-normalised
 * (so "é" typed two ways is one name), 1–24 characters, printable, no `<` or `>`.
 */
export const nicknameSchema = z
  .string()
  .max(200)
  .transform((raw) => raw.normalize('NFC').replace(/\s+/gu, ' ').trim())
  .pipe(
    z
      .string()
      .min(1)
      .refine((name) => [...name].length <= NICKNAME_MAX, { message: 'too_long' })
      .refine((name) => PRINTABLE.test(name), { message: 'not_printable' })
      .refine((name) => !HTML_LIKE.test(name), { message: 'html' }),
  );

/** `{nickname}`: the body of `POST /api/class/join`. */
export const joinInputSchema = z.object({ nickname: nicknameSchema });

/** The nickname, cleaned, or null when it is not one (the store is read defensively too). */
export function cleanNickname(value: unknown): string | null {
  const parsed = nicknameSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
