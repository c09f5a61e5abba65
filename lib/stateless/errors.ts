import type { Locale } from '@/lib/i18n/locales';

/** The one error the stateless API has beyond lib/demo's: the sealed cookie would not fit. */
export const COOKIE_TOO_LARGE = { code: 'cookie_too_large', status: 422 } as const;

const MESSAGES: Record<Locale, (sizeBytes: number, limitBytes: number) => string> = {
  'hi-latn': (size, limit) =>
    `Itna add karne se sealed cookie ${size.toLocaleString('en-IN')} bytes ki ho jaati, lekin browser ek cookie mein sirf ${limit.toLocaleString('en-IN')} bytes rakhta hai. Isliye kuch save nahi kiya: aapka session jaisa tha waisa hai.`,
  en: (size, limit) =>
    `That would make the sealed cookie ${size.toLocaleString('en-IN')} bytes, but a browser keeps at most ${limit.toLocaleString('en-IN')} bytes in one cookie. Nothing was saved: your session is as it was.`,
};

/** `{"error": {"code": "cookie_too_large", "message"}}` in `locale`. */
export function cookieTooLargeBody(locale: Locale, sizeBytes: number, limitBytes: number) {
  return { error: { code: COOKIE_TOO_LARGE.code, message: MESSAGES[locale](sizeBytes, limitBytes), sizeBytes, limitBytes } };
}
