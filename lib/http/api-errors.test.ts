import { describe, expect, it } from 'vitest';
import { ERROR_STATUS, errorBody, errorMessage, type ErrorCode } from './api-errors';

const codes = Object.keys(ERROR_STATUS) as ErrorCode[];

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

  it('should say in seconds when to try a refused login again', () => {
    const error = { code: 'too_many_attempts', params: { retryAfterSeconds: 42 } } as const;
    expect(errorMessage(error, 'en')).toBe('Too many failed attempts. Try again in 42 seconds.');
    expect(errorMessage(error, 'hi-latn')).toContain('42 second baad');
  });

  it('should name invalid fields', () => {
    expect(errorMessage({ code: 'bad_request', params: { fields: ['qty', 'productId'] } }, 'en')).toContain('(qty, productId)');
  });
});

describe('errorBody', () => {
  it('should be {"error": {"code", "message"}}', () => {
    expect(errorBody({ code: 'unknown_product' }, 'en')).toEqual({
      error: { code: 'unknown_product', message: 'Our shop does not sell that. Pick chai, samosa, jalebi, vada-pav or lassi.' },
    });
  });
});

describe('ERROR_STATUS', () => {
  it('should map codes to the statuses of the API contract', () => {
    expect(ERROR_STATUS).toMatchObject({
      bad_request: 400,
      invalid_json: 400,
      invalid_credentials: 401,
      forbidden_origin: 403,
      unknown_product: 404,
      body_too_large: 413,
      too_many_attempts: 429,
      store_unavailable: 503,
    });
  });
});
