import { describe, expect, it } from 'vitest';
import { format } from './format';

describe('format', () => {
  it('should fill named placeholders', () => {
    expect(format('{score} of {total}', { score: 3, total: '4' })).toBe('3 of 4');
  });

  it('should leave a placeholder without a value as it is', () => {
    expect(format('{n} of {total}, {other}', { n: 3, total: 10 })).toBe('3 of 10, {other}');
    expect(format('{missing}', {})).toBe('{missing}');
  });

  it('should not treat JSON braces as placeholders', () => {
    expect(format('Send {"token": "…"}.', {})).toBe('Send {"token": "…"}.');
  });
});
