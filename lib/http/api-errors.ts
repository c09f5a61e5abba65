import { FRONT_DOOR_MESSAGES } from '@/lib/http/front-door.mjs';
import type { Locale } from '@/lib/i18n/locales';

/** Every error the demo API can answer with, and its HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  bad_request_path: 400,
  invalid_json: 400,
  quantity_limit: 400,
  invalid_credentials: 401,
  not_logged_in: 401,
  forbidden_origin: 403,
  not_found: 404,
  unknown_product: 404,
  not_in_cart: 404,
  unknown_session: 404,
  method_not_allowed: 405,
  no_session: 409,
  body_too_large: 413,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  too_many_sessions: 429,
  request_header_too_large: 431,
  internal_error: 500,
  store_unavailable: 503,
  session_busy: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Values a message may mention; never user input, so nothing a learner typed is echoed. */
export interface ErrorParams {
  /** Seconds until a refused login may be tried again. */
  readonly retryAfterSeconds?: number;
  /** Names of the body fields that failed validation. */
  readonly fields?: readonly string[];
}

/** A refusal, before it is put into words. */
export interface DemoError {
  readonly code: ErrorCode;
  readonly params?: ErrorParams;
}

type MessageOf = (params: ErrorParams) => string;

const fieldList = (params: ErrorParams) => (params.fields?.length ? ` (${params.fields.join(', ')})` : '');

const MESSAGES: Record<Locale, Record<ErrorCode, MessageOf>> = {
  'hi-latn': {
    bad_request: (p) => `Request ki body theek nahi hai${fieldList(p)}. Demo API ka format lesson mein dekhiye.`,
    invalid_json: () => 'Body valid JSON nahi hai. Ek JSON object bhejiye, jaise {"productId": "chai", "qty": 1}.',
    quantity_limit: () =>
      'Ek item ki quantity 1 se 99 ke beech hi ho sakti hai; itna add karne se 99 se zyada ho jaati. Cart jaisa tha waisa hai.',
    invalid_credentials: () => 'Username ya password galat hai.',
    not_logged_in: () => 'Apne sessions dekhne ke liye pehle login kijiye (jaise riya / chai-1234).',
    forbidden_origin: () => 'Yeh request kisi doosri site se aayi hai, isliye mana kar diya. Demo API sirf isi site se chalti hai.',
    not_found: () => 'Yeh API address maujood nahi hai.',
    unknown_product: () => 'Yeh item hamari dukaan mein nahi milta. Chai, samosa, jalebi, vada-pav ya lassi chuniye.',
    not_in_cart: () => 'Yeh item abhi cart mein nahi hai.',
    unknown_session: () => 'Is id wala aapka koi session nahi mila; shayad woh pehle hi khatam ho chuka hai.',
    method_not_allowed: () => 'Is address par yeh HTTP method nahi chalta.',
    no_session: () => 'Is browser ke paas koi signed session cookie nahi hai. Pehle koi demo chalaiye.',
    body_too_large: () => 'Body bahut badi hai: zyada se zyada 16 KB bhej sakte hain.',
    unsupported_media_type: () => 'Body JSON mein bhejiye, header `Content-Type: application/json` ke saath.',
    too_many_attempts: (p) => `Bahut saari galat koshishein ho gayin. ${p.retryAfterSeconds ?? 60} second baad phir try kijiye.`,
    too_many_sessions: (p) =>
      `Aapke network address se ek minute mein bahut saare naye sessions ban chuke hain. ${p.retryAfterSeconds ?? 60} second baad phir try kijiye.`,
    request_header_too_large: () => FRONT_DOOR_MESSAGES['hi-latn'].request_header_too_large,
    bad_request_path: () => FRONT_DOOR_MESSAGES['hi-latn'].bad_request_path,
    internal_error: () => 'Server mein kuch gadbad ho gayi. Thodi der baad phir try kijiye.',
    store_unavailable: () =>
      'Session store abhi pahunch se bahar hai, isliye session load ya save nahi ho saka. Thodi der baad phir try kijiye.',
    session_busy: () => 'Aapke session par doosri request bahut der se chal rahi hai. Ek pal ruk kar phir try kijiye.',
  },
  en: {
    bad_request: (p) => `The request body is not valid${fieldList(p)}. See the lesson for the demo API's format.`,
    invalid_json: () => 'The body is not valid JSON. Send a JSON object, like {"productId": "chai", "qty": 1}.',
    quantity_limit: () => 'A line can hold 1 to 99 of an item; adding that many would go past 99. Your cart is unchanged.',
    invalid_credentials: () => 'Wrong username or password.',
    not_logged_in: () => 'Log in first to see your sessions (for example riya / chai-1234).',
    forbidden_origin: () => 'This request came from another site, so it was refused. The demo API only works from this site.',
    not_found: () => 'There is no API at this address.',
    unknown_product: () => 'Our shop does not sell that. Pick chai, samosa, jalebi, vada-pav or lassi.',
    not_in_cart: () => 'That item is not in your cart.',
    unknown_session: () => 'None of your sessions has that id; perhaps it has already ended.',
    method_not_allowed: () => 'This address does not accept that HTTP method.',
    no_session: () => 'This browser has no signed session cookie. Try one of the demos first.',
    body_too_large: () => 'The body is too large: at most 16 KB is accepted.',
    unsupported_media_type: () => 'Send the body as JSON, with the header `Content-Type: application/json`.',
    too_many_attempts: (p) => `Too many failed attempts. Try again in ${p.retryAfterSeconds ?? 60} seconds.`,
    too_many_sessions: (p) =>
      `Too many new sessions came from your network address in the last minute. Try again in ${p.retryAfterSeconds ?? 60} seconds.`,
    request_header_too_large: () => FRONT_DOOR_MESSAGES.en.request_header_too_large,
    bad_request_path: () => FRONT_DOOR_MESSAGES.en.bad_request_path,
    internal_error: () => 'Something went wrong on the server. Please try again in a moment.',
    store_unavailable: () =>
      'The session store cannot be reached right now, so your session could not be loaded or saved. Please try again shortly.',
    session_busy: () => 'Another request on your session is taking too long. Wait a moment and try again.',
  },
};

/** The message for `error` in `locale`. */
export function errorMessage(error: DemoError, locale: Locale): string {
  return MESSAGES[locale][error.code](error.params ?? {});
}

/** The JSON body of an error response: `{"error": {"code", "message"}}`. */
export function errorBody(error: DemoError, locale: Locale): { error: { code: ErrorCode; message: string } } {
  return { error: { code: error.code, message: errorMessage(error, locale) } };
}

/** The outcome of a demo operation: a value, or a refusal that changed nothing. */
export type DemoResult<T> = { ok: true; value: T } | { ok: false; error: DemoError };
