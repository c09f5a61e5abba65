import { sealData } from 'iron-session';
import { describe, expect, it } from 'vitest';
import { SEAL_PART_NAMES, splitSeal } from './seal-parts';

const password = 'a-test-password-that-is-32-chars-long!';

describe('splitSeal', () => {
  it('should name the eight fields of a real iron-session 8 seal and its token version', async () => {
    const before = Date.now();
    const seal = await sealData({ user: 'riya' }, { password, ttl: 60 });
    const split = splitSeal(seal);
    expect(split?.parts.map((part) => part.name)).toEqual([...SEAL_PART_NAMES]);
    expect(split?.parts[0]?.value).toBe('Fe26.2');
    expect(split?.parts[1]?.value).toBe('1');
    expect(split?.tokenVersion).toBe('2');
    expect(split?.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(split?.parts.map((part) => part.value).join('*') + '~2').toBe(seal);
  });

  it('should give no expiry when the expiration field is empty', () => {
    expect(splitSeal('Fe26.2*1*s*iv*ct**hs*mac')?.expiresAt).toBeNull();
  });

  it('should refuse a value without eight fields', () => {
    expect(splitSeal('s:abc.def')).toBeNull();
    expect(splitSeal('Fe26.2*1*s*iv*ct*1*hs~2')).toBeNull();
  });
});
