import { describe, expect, it } from 'vitest';
import { growProduct, growUntilRefused } from './grow';

describe('growProduct', () => {
  it('should go round the menu', () => {
    expect([0, 1, 2, 3, 4, 5].map(growProduct)).toEqual(['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi', 'chai']);
  });
});

describe('growUntilRefused', () => {
  it('should stop at the first refusal and report every success', async () => {
    const progress: number[] = [];
    const refusal = { ok: false, status: 422, message: 'too big' };
    const result = await growUntilRefused(
      async () => (progress.length < 3 ? { ok: true, status: 200, message: null } : refusal),
      (n) => progress.push(n),
    );
    expect(result).toEqual({ added: 3, refusal });
    expect(progress).toEqual([1, 2, 3]);
  });

  it('should give up after maxAdds without a refusal', async () => {
    expect(await growUntilRefused(async () => ({ ok: true, status: 200, message: null }), undefined, 4)).toEqual({
      added: 4,
      refusal: null,
    });
  });
});
