import { FRONT_DOOR_MESSAGES } from '@/lib/http/front-door.mjs';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import { playgroundMessages } from '@/lib/i18n/messages/playground';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import type { PracticeOffReason } from '@/lib/practice/guard';

/*
 * The one table of every error the site's JSON API answers with: its HTTP status and its
 * message in each locale. A body is always `{"error": {"code", "message"}}` (plus the entry's
 * `details`). Where the wording is also shown on a page, the entry quotes that catalogue, so
 * the API and the page never drift apart.
 */

/** Values a message may mention; never user input, so nothing a learner typed is echoed. */
export interface ErrorParams {
  /** Seconds until a refused request may be tried again (also sent as `Retry-After`). */
  readonly retryAfterSeconds?: number;
  /** Names of the body fields that failed validation. */
  readonly fields?: readonly string[];
  /** The size a sealed cookie would have had, and the browser's limit. */
  readonly sizeBytes?: number;
  readonly limitBytes?: number;
  /** Why the in-site practice checker is off. */
  readonly practiceOffReason?: PracticeOffReason;
}

type MessageOf = (params: ErrorParams) => string;

interface ErrorEntry {
  readonly status: number;
  /** The `code` the client sees, when two situations share one (default: the entry's key). */
  readonly wireCode?: string;
  readonly message: Readonly<Record<Locale, MessageOf>>;
  /** Fields the body carries beside `code` and `message`. */
  readonly details?: (params: ErrorParams) => Readonly<Record<string, unknown>>;
}

const fieldList = (params: ErrorParams) => (params.fields?.length ? ` (${params.fields.join(', ')})` : '');
const retryIn = (params: ErrorParams) => params.retryAfterSeconds ?? 60;
const bytes = (value: number | undefined) => (value ?? 0).toLocaleString('en-IN');

export const API_ERRORS = {
  bad_request: {
    status: 400,
    message: {
      'hi-latn': (p) => `Request ki body theek nahi hai${fieldList(p)}. Demo API ka format lesson mein dekhiye.`,
      en: (p) => `The request body is not valid${fieldList(p)}. See the lesson for the demo API's format.`,
      hi: (p) => `Request की body ठीक नहीं है${fieldList(p)}। Demo API का format lesson में देखिए।`,
    },
  },
  bad_request_path: {
    status: 400,
    message: {
      'hi-latn': () => FRONT_DOOR_MESSAGES['hi-latn'].bad_request_path,
      en: () => FRONT_DOOR_MESSAGES.en.bad_request_path,
      hi: () => FRONT_DOOR_MESSAGES.hi.bad_request_path,
    },
  },
  invalid_json: {
    status: 400,
    message: {
      'hi-latn': () => 'Body valid JSON nahi hai. Ek JSON object bhejiye, jaise {"productId": "chai", "qty": 1}.',
      en: () => 'The body is not valid JSON. Send a JSON object, like {"productId": "chai", "qty": 1}.',
      hi: () => 'Body valid JSON नहीं है। एक JSON object भेजिए, जैसे {"productId": "chai", "qty": 1}।',
    },
  },
  quantity_limit: {
    status: 400,
    message: {
      'hi-latn': () =>
        'Ek item ki quantity 1 se 99 ke beech hi ho sakti hai; itna add karne se 99 se zyada ho jaati. Cart jaisa tha waisa hai.',
      en: () => 'A line can hold 1 to 99 of an item; adding that many would go past 99. Your cart is unchanged.',
      hi: () => 'एक item की quantity 1 से 99 के बीच ही हो सकती है; इतना जोड़ने से 99 से ज़्यादा हो जाती। आपका cart जैसा था वैसा ही है।',
    },
  },
  invalid_credentials: {
    status: 401,
    message: {
      'hi-latn': () => 'Username ya password galat hai.',
      en: () => 'Wrong username or password.',
      hi: () => 'Username या password गलत है।',
    },
  },
  not_logged_in: {
    status: 401,
    message: {
      'hi-latn': () => 'Apne sessions dekhne ke liye pehle login kijiye (jaise riya / chai-1234).',
      en: () => 'Log in first to see your sessions (for example riya / chai-1234).',
      hi: () => 'अपने sessions देखने के लिए पहले login कीजिए (जैसे riya / chai-1234)।',
    },
  },
  forbidden_origin: {
    status: 403,
    message: {
      'hi-latn': () => 'Yeh request kisi doosri site se aayi hai, isliye mana kar diya. Demo API sirf isi site se chalti hai.',
      en: () => 'This request came from another site, so it was refused. The demo API only works from this site.',
      hi: () => 'यह request किसी दूसरी site से आई है, इसलिए मना कर दिया गया। Demo API सिर्फ़ इसी site से चलती है।',
    },
  },
  not_found: {
    status: 404,
    message: {
      'hi-latn': () => 'Yeh API address maujood nahi hai.',
      en: () => 'There is no API at this address.',
      hi: () => 'इस address पर कोई API नहीं है।',
    },
  },
  unknown_product: {
    status: 404,
    message: {
      'hi-latn': () => 'Yeh item hamari dukaan mein nahi milta. Chai, samosa, jalebi, vada-pav ya lassi chuniye.',
      en: () => 'Our shop does not sell that. Pick chai, samosa, jalebi, vada-pav or lassi.',
      hi: () => 'यह चीज़ हमारी दुकान में नहीं मिलती। chai, samosa, jalebi, vada-pav या lassi चुनिए।',
    },
  },
  not_in_cart: {
    status: 404,
    message: {
      'hi-latn': () => 'Yeh item abhi cart mein nahi hai.',
      en: () => 'That item is not in your cart.',
      hi: () => 'यह item अभी आपके cart में नहीं है।',
    },
  },
  unknown_session: {
    status: 404,
    message: {
      'hi-latn': () => 'Is id wala aapka koi session nahi mila; shayad woh pehle hi khatam ho chuka hai.',
      en: () => 'None of your sessions has that id; perhaps it has already ended.',
      hi: () => 'इस id वाला आपका कोई session नहीं मिला; शायद वह पहले ही खत्म हो चुका है।',
    },
  },
  method_not_allowed: {
    status: 405,
    message: {
      'hi-latn': () => 'Is address par yeh HTTP method nahi chalta.',
      en: () => 'This address does not accept that HTTP method.',
      hi: () => 'इस address पर यह HTTP method नहीं चलता।',
    },
  },
  no_session: {
    status: 409,
    message: {
      'hi-latn': () => 'Is browser ke paas koi signed session cookie nahi hai. Pehle koi demo chalaiye.',
      en: () => 'This browser has no signed session cookie. Try one of the demos first.',
      hi: () => 'इस browser के पास कोई signed session cookie नहीं है। पहले कोई demo चलाइए।',
    },
  },
  body_too_large: {
    status: 413,
    message: {
      'hi-latn': () => 'Body bahut badi hai: zyada se zyada 16 KB bhej sakte hain.',
      en: () => 'The body is too large: at most 16 KB is accepted.',
      hi: () => 'Body बहुत बड़ी है: ज़्यादा से ज़्यादा 16 KB भेज सकते हैं।',
    },
  },
  unsupported_media_type: {
    status: 415,
    message: {
      'hi-latn': () => 'Body JSON mein bhejiye, header `Content-Type: application/json` ke saath.',
      en: () => 'Send the body as JSON, with the header `Content-Type: application/json`.',
      hi: () => 'Body JSON में भेजिए, header `Content-Type: application/json` के साथ।',
    },
  },
  too_many_attempts: {
    status: 429,
    message: {
      'hi-latn': (p) => `Bahut saari galat koshishein ho gayin. ${retryIn(p)} second baad phir try kijiye.`,
      en: (p) => `Too many failed attempts. Try again in ${retryIn(p)} seconds.`,
      hi: (p) => `बहुत सारी गलत कोशिशें हो गईं। ${retryIn(p)} second बाद फिर कोशिश कीजिए।`,
    },
  },
  too_many_sessions: {
    status: 429,
    message: {
      'hi-latn': (p) =>
        `Aapke network address se ek minute mein bahut saare naye sessions ban chuke hain. ${retryIn(p)} second baad phir try kijiye.`,
      en: (p) => `Too many new sessions came from your network address in the last minute. Try again in ${retryIn(p)} seconds.`,
      hi: (p) => `आपके network address से पिछले एक minute में बहुत सारे नए sessions बन चुके हैं। ${retryIn(p)} second बाद फिर कोशिश कीजिए।`,
    },
  },
  too_many_streams: {
    status: 429,
    message: {
      'hi-latn': (p) =>
        `Aapke network address se bahut saare inspector streams khule hain; inspector ab har kuch second mein poochhega. ${retryIn(p)} second baad stream phir try kijiye.`,
      en: (p) =>
        `Too many inspector streams are open from your network address; the inspector will ask every few seconds instead. Try the stream again in ${retryIn(p)} seconds.`,
      hi: (p) =>
        `आपके network address से बहुत सारे inspector streams खुले हैं; inspector अब हर कुछ second में पूछेगा। ${retryIn(p)} second बाद stream फिर कोशिश कीजिए।`,
    },
  },
  too_many_reports: {
    status: 429,
    message: {
      'hi-latn': (p) => `Is page ne ek minute mein bahut saari class reports bheji hain. ${retryIn(p)} second baad phir bhejiye.`,
      en: (p) => `This page sent too many class reports in the last minute. Send again in ${retryIn(p)} seconds.`,
      hi: (p) => `इस page ने पिछले एक minute में बहुत सारी class reports भेजी हैं। ${retryIn(p)} second बाद फिर भेजिए।`,
    },
  },
  request_header_too_large: {
    status: 431,
    message: {
      'hi-latn': () => FRONT_DOOR_MESSAGES['hi-latn'].request_header_too_large,
      hi: () => FRONT_DOOR_MESSAGES.hi.request_header_too_large,
      en: () => FRONT_DOOR_MESSAGES.en.request_header_too_large,
    },
  },
  internal_error: {
    status: 500,
    message: {
      'hi-latn': () => 'Server mein kuch gadbad ho gayi. Thodi der baad phir try kijiye.',
      en: () => 'Something went wrong on the server. Please try again in a moment.',
      hi: () => 'Server में कुछ गड़बड़ हो गई। थोड़ी देर बाद फिर कोशिश कीजिए।',
    },
  },
  store_unavailable: {
    status: 503,
    message: {
      'hi-latn': () => 'Session store abhi pahunch se bahar hai, isliye session load ya save nahi ho saka. Thodi der baad phir try kijiye.',
      en: () => 'The session store cannot be reached right now, so your session could not be loaded or saved. Please try again shortly.',
      hi: () => 'Session store तक अभी पहुँचा नहीं जा पा रहा, इसलिए आपका session load या save नहीं हो सका। थोड़ी देर बाद फिर कोशिश कीजिए।',
    },
  },
  session_busy: {
    status: 503,
    message: {
      'hi-latn': () => 'Aapke session par doosri request bahut der se chal rahi hai. Ek pal ruk kar phir try kijiye.',
      en: () => 'Another request on your session is taking too long. Wait a moment and try again.',
      hi: () => 'आपके session पर एक दूसरी request बहुत देर से चल रही है। एक पल रुककर फिर कोशिश कीजिए।',
    },
  },

  // The stateless lab: the sealed cookie would pass the browser's 4 KB.
  cookie_too_large: {
    status: 422,
    message: {
      'hi-latn': (p) =>
        `Itna add karne se sealed cookie ${bytes(p.sizeBytes)} bytes ki ho jaati, lekin browser ek cookie mein sirf ${bytes(p.limitBytes)} bytes rakhta hai. Isliye kuch save nahi kiya: aapka session jaisa tha waisa hai.`,
      en: (p) =>
        `That would make the sealed cookie ${bytes(p.sizeBytes)} bytes, but a browser keeps at most ${bytes(p.limitBytes)} bytes in one cookie. Nothing was saved: your session is as it was.`,
      hi: (p) =>
        `इतना जोड़ने से sealed cookie ${bytes(p.sizeBytes)} bytes की हो जाती, लेकिन browser एक cookie में ज़्यादा से ज़्यादा ${bytes(p.limitBytes)} bytes ही रखता है। इसलिए कुछ save नहीं किया गया: आपका session जैसा था वैसा ही है।`,
    },
    details: (p) => ({ sizeBytes: p.sizeBytes, limitBytes: p.limitBytes }),
  },

  // The options playground: a combination real browsers reject (the page shows the same hint).
  options_conflict: {
    status: 400,
    wireCode: 'bad_request',
    message: {
      'hi-latn': () => playgroundMessages('hi-latn').conflictHint,
      en: () => playgroundMessages('en').conflictHint,
      hi: () => playgroundMessages('hi').conflictHint,
    },
  },

  // The instructor API, in the words of the instructor pages.
  instructor_login_required: {
    status: 401,
    message: {
      'hi-latn': () => instructorMessages('hi-latn').errorLoginRequired,
      en: () => instructorMessages('en').errorLoginRequired,
      hi: () => instructorMessages('hi').errorLoginRequired,
    },
  },
  wrong_token: {
    status: 401,
    message: {
      'hi-latn': () => instructorMessages('hi-latn').errorWrongToken,
      en: () => instructorMessages('en').errorWrongToken,
      hi: () => instructorMessages('hi').errorWrongToken,
    },
  },
  instructor_bad_body: {
    status: 400,
    wireCode: 'bad_request',
    message: {
      'hi-latn': () => instructorMessages('hi-latn').errorBadBody,
      en: () => instructorMessages('en').errorBadBody,
      hi: () => instructorMessages('hi').errorBadBody,
    },
  },
  too_many_tokens: {
    status: 429,
    wireCode: 'too_many_attempts',
    message: {
      'hi-latn': (p) => format(instructorMessages('hi-latn').errorTooManyAttempts, { seconds: retryIn(p) }),
      en: (p) => format(instructorMessages('en').errorTooManyAttempts, { seconds: retryIn(p) }),
      hi: (p) => format(instructorMessages('hi').errorTooManyAttempts, { seconds: retryIn(p) }),
    },
  },

  // The in-site practice checker, in the words of the practice pages.
  practice_off: {
    status: 403,
    message: {
      'hi-latn': (p) => practiceMessages('hi-latn').checker.off[p.practiceOffReason ?? 'disabled'],
      en: (p) => practiceMessages('en').checker.off[p.practiceOffReason ?? 'disabled'],
      hi: (p) => practiceMessages('hi').checker.off[p.practiceOffReason ?? 'disabled'],
    },
  },
  bad_body: {
    status: 400,
    message: {
      'hi-latn': () => practiceMessages('hi-latn').api.badBody,
      en: () => practiceMessages('en').api.badBody,
      hi: () => practiceMessages('hi').api.badBody,
    },
  },
  target_not_loopback: {
    status: 400,
    message: {
      'hi-latn': () => practiceMessages('hi-latn').api.targetNotLoopback,
      en: () => practiceMessages('en').api.targetNotLoopback,
      hi: () => practiceMessages('hi').api.targetNotLoopback,
    },
  },
  // The live class: a student's stream and answers, the instructor's follow-me and quiz.
  class_join_required: {
    status: 403,
    message: {
      'hi-latn': () => 'Pehle class join kijiye (/join par ek nickname chuniye); live class ke events sirf joined students ko milte hain.',
      en: () => 'Join the class first (pick a nickname at /join); only students who joined get the live class events.',
      hi: () => 'पहले class join कीजिए (/join पर एक nickname चुनिए); live class के events सिर्फ़ join किए हुए students को मिलते हैं।',
    },
  },
  too_many_class_streams: {
    status: 429,
    message: {
      'hi-latn': (p) => `Is session ke liye bahut saare live class streams khule hain; ek tab band kijiye. ${retryIn(p)} second baad phir try kijiye.`,
      en: (p) => `Too many live class streams are open for this session; close a tab. Try again in ${retryIn(p)} seconds.`,
      hi: (p) => `इस session के लिए बहुत सारे live class streams खुले हैं; एक tab बंद कीजिए। ${retryIn(p)} second बाद फिर कोशिश कीजिए।`,
    },
  },
  live_quiz_closed: {
    status: 409,
    message: {
      'hi-latn': () => 'Instructor ne yeh sawaal band kar diya hai; ab jawab nahin badal sakta.',
      en: () => 'The instructor closed this question; answers can no longer change.',
      hi: () => 'Instructor ने यह सवाल बंद कर दिया है; अब जवाब नहीं बदल सकता।',
    },
  },
  live_quiz_not_current: {
    status: 409,
    message: {
      'hi-latn': () => 'Yeh sawaal ab live nahin hai; page naya sawaal dikhayega.',
      en: () => 'This question is no longer live; the page will show the current one.',
      hi: () => 'यह सवाल अब live नहीं है; page नया सवाल दिखाएगा।',
    },
  },
  live_unknown_lesson: {
    status: 404,
    message: {
      'hi-latn': () => 'Course mein aisa lesson, section ya quiz sawaal nahin hai.',
      en: () => 'The course has no such lesson, section or quiz question.',
      hi: () => 'Course में ऐसा lesson, section या quiz सवाल नहीं है।',
    },
  },
} as const satisfies Record<string, ErrorEntry>;

/** A situation the API refuses; its key in `API_ERRORS`. */
export type ErrorCode = keyof typeof API_ERRORS;

/** A refusal, before it is put into words. */
export interface DemoError {
  readonly code: ErrorCode;
  readonly params?: ErrorParams;
}

/** The outcome of a demo operation: a value, or a refusal that changed nothing. */
export type DemoResult<T> = { ok: true; value: T } | { ok: false; error: DemoError };

/** The JSON of an error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string } & Readonly<Record<string, unknown>>;
}

const entryOf = (code: ErrorCode): ErrorEntry => API_ERRORS[code];

/** The HTTP status of `code`. */
export function errorStatus(code: ErrorCode): number {
  return entryOf(code).status;
}

/** The `code` a client sees for `code`. */
export function wireCode(code: ErrorCode): string {
  return entryOf(code).wireCode ?? code;
}

/** The message for `error` in `locale`. */
export function errorMessage(error: DemoError, locale: Locale): string {
  return entryOf(error.code).message[locale](error.params ?? {});
}

/** The JSON body of an error response: `{"error": {"code", "message", …details}}`. */
export function errorBody(error: DemoError, locale: Locale): ErrorBody {
  const entry = entryOf(error.code);
  const params = error.params ?? {};
  return { error: { code: wireCode(error.code), message: entry.message[locale](params), ...entry.details?.(params) } };
}
