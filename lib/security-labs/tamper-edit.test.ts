import { describe, expect, it } from 'vitest';
import { cheapen } from './tamper-edit';

describe('cheapen', () => {
  it('should set every price in a plain JSON cart to 1 paisa', () => {
    expect(cheapen('plain', '[{"productId":"chai","qty":2,"unitPricePaise":2000}]')).toBe(
      '[{"productId":"chai","qty":2,"unitPricePaise":1}]',
    );
  });

  it('should change the last character of a signed session ID, not the signature', () => {
    expect(cheapen('signed', 's:abcdef.SIGNATURE')).toBe('s:abcdeA.SIGNATURE');
    expect(cheapen('signed', 's:abcdeA.SIGNATURE')).toBe('s:abcdeB.SIGNATURE');
  });

  it('should change the first character of a seal’s ciphertext', () => {
    expect(cheapen('sealed', 'Fe26.2*1*salt*iv*Zcipher*123*hs*mac~2')).toBe('Fe26.2*1*salt*iv*Acipher*123*hs*mac~2');
  });

  it('should append a character to a value it cannot take apart', () => {
    expect(cheapen('sealed', 'garbage')).toBe('garbagex');
  });
});
