import { describe, expect, it } from 'vitest';
import { decideCookie } from './route';

const header = (bytes: number) => 'pathshala.iron=' + 'x'.repeat(bytes - 'pathshala.iron='.length);

describe('decideCookie', () => {
  it('should send nothing after a refusal, even when data changed', () => {
    expect(decideCookie({ ok: false, forgotten: false, changed: true, header: header(100) })).toEqual({ kind: 'none' });
  });

  it('should send nothing when the data did not change', () => {
    expect(decideCookie({ ok: true, forgotten: false, changed: false, header: null })).toEqual({ kind: 'none' });
  });

  it('should clear the cookie on logout', () => {
    expect(decideCookie({ ok: true, forgotten: true, changed: true, header: null })).toEqual({ kind: 'clear' });
  });

  it('should seal changed data that fits in 4,096 bytes', () => {
    expect(decideCookie({ ok: true, forgotten: false, changed: true, header: header(4096) })).toEqual({
      kind: 'seal',
      header: header(4096),
      sizeBytes: 4096,
    });
  });

  it('should refuse a Set-Cookie one byte past the limit, keeping the old seal', () => {
    expect(decideCookie({ ok: true, forgotten: false, changed: true, header: header(4097) })).toEqual({
      kind: 'too_large',
      sizeBytes: 4097,
    });
  });
});
