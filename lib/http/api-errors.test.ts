import { describe, expect, it } from 'vitest';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import { devanagariShare } from '@/lib/course/devanagari-share';
import { API_ERRORS, errorBody, errorMessage, errorStatus, wireCode, type ErrorCode } from './api-errors';

const codes = Object.keys(API_ERRORS) as ErrorCode[];

describe('error messages', () => {
  it('should have a different, non-empty message in each locale for every code', () => {
    for (const code of codes) {
      const hinglish = errorMessage({ code }, 'hi-latn');
      const english = errorMessage({ code }, 'en');
      expect(hinglish.length, code).toBeGreaterThan(10);
      expect(english.length, code).toBeGreaterThan(10);
      expect(hinglish, code).not.toBe(english);
    }
  });

  it('should speak Devanagari Hindi for X-Pathshala-Locale: hi, with its terms in Latin script', () => {
    for (const code of codes) {
      const hindi = errorMessage({ code, params: { retryAfterSeconds: 7, sizeBytes: 5_120, limitBytes: 4_096 } }, 'hi');
      expect(hindi, code).not.toBe(errorMessage({ code }, 'hi-latn'));
      expect(devanagariShare(hindi), `${code}: ${hindi}`).toBeGreaterThanOrEqual(0.3);
    }
    expect(errorMessage({ code: 'too_many_attempts', params: { retryAfterSeconds: 42 } }, 'hi')).toContain('42 second बाद');
    expect(errorMessage({ code: 'wrong_token' }, 'hi')).toBe(instructorMessages('hi').errorWrongToken);
  });

  it('should say in seconds when to try a refused login again', () => {
    const error = { code: 'too_many_attempts', params: { retryAfterSeconds: 42 } } as const;
    expect(errorMessage(error, 'en')).toBe('Too many failed attempts. Try again in 42 seconds.');
    expect(errorMessage(error, 'hi-latn')).toContain('42 second baad');
  });

  it('should name invalid fields', () => {
    expect(errorMessage({ code: 'bad_request', params: { fields: ['qty', 'productId'] } }, 'en')).toContain('(qty, productId)');
  });

  it("should speak the instructor's and the practice checker's refusals in the words of their pages", () => {
    expect(errorMessage({ code: 'wrong_token' }, 'en')).toBe(instructorMessages('en').errorWrongToken);
    expect(errorMessage({ code: 'too_many_tokens', params: { retryAfterSeconds: 9 } }, 'en')).toBe(
      'Too many wrong tokens. Try again in 9 seconds.',
    );
    expect(errorMessage({ code: 'practice_off', params: { practiceOffReason: 'no-front-door' } }, 'hi-latn')).toBe(
      practiceMessages('hi-latn').checker.off['no-front-door'],
    );
  });
});

describe('errorBody', () => {
  it('should be {"error": {"code", "message"}}', () => {
    expect(errorBody({ code: 'unknown_product' }, 'en')).toEqual({
      error: { code: 'unknown_product', message: 'Our shop does not sell that. Pick chai, samosa, jalebi, vada-pav or lassi.' },
    });
  });

  it('should send the shared wire code where two situations answer with one, each in its own words', () => {
    expect(errorBody({ code: 'instructor_bad_body' }, 'en')).toEqual({
      error: { code: 'bad_request', message: 'Send JSON like {"token": "…"}.' },
    });
    expect(wireCode('too_many_tokens')).toBe('too_many_attempts');
    expect(wireCode('options_conflict')).toBe('bad_request');
  });

  it('should add the sizes to a too-large sealed cookie', () => {
    expect(errorBody({ code: 'cookie_too_large', params: { sizeBytes: 5_120, limitBytes: 4_096 } }, 'hi-latn')).toEqual({
      error: {
        code: 'cookie_too_large',
        message:
          'Itna add karne se sealed cookie 5,120 bytes ki ho jaati, lekin browser ek cookie mein sirf 4,096 bytes rakhta hai. Isliye kuch save nahi kiya: aapka session jaisa tha waisa hai.',
        sizeBytes: 5_120,
        limitBytes: 4_096,
      },
    });
  });
});

describe('errorStatus', () => {
  it('should map codes to the statuses of the API contract', () => {
    expect(Object.fromEntries(codes.map((code) => [code, errorStatus(code)]))).toEqual({
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
      too_many_reports: 429,
      too_many_streams: 429,
      request_header_too_large: 431,
      internal_error: 500,
      store_unavailable: 503,
      session_busy: 503,
      cookie_too_large: 422,
      options_conflict: 400,
      instructor_login_required: 401,
      wrong_token: 401,
      instructor_bad_body: 400,
      too_many_tokens: 429,
      practice_off: 403,
      bad_body: 400,
      target_not_loopback: 400,
      class_join_required: 403,
      too_many_class_streams: 429,
      live_quiz_closed: 409,
      live_quiz_not_current: 409,
      live_unknown_lesson: 404,
    });
  });
});
