import { describe, expect, it } from 'vitest';
import { StreamSlots } from './stream-slots';

describe('StreamSlots', () => {
  it('should refuse a key past its own limit while other keys still get slots', () => {
    const slots = new StreamSlots({ perKey: 2, total: 10 });
    expect(slots.take('10.0.0.1')).not.toBeNull();
    expect(slots.take('10.0.0.1')).not.toBeNull();
    expect(slots.take('10.0.0.1')).toBeNull();
    expect(slots.take('10.0.0.2')).not.toBeNull();
    expect(slots.count('10.0.0.1')).toBe(2);
    expect(slots.total).toBe(3);
  });

  it('should refuse everyone once the total is reached, even a key without a limit of its own', () => {
    const slots = new StreamSlots({ perKey: 5, total: 3 });
    for (const key of ['a', 'b', 'c']) expect(slots.take(key)).not.toBeNull();
    expect(slots.take('d')).toBeNull();
    expect(slots.take('127.0.0.1', { unlimitedKey: true })).toBeNull();
  });

  it('should let an unlimited key past the per-key limit', () => {
    const slots = new StreamSlots({ perKey: 1, total: 100 });
    const taken = Array.from({ length: 50 }, () => slots.take('127.0.0.1', { unlimitedKey: true }));
    expect(taken.every((release) => release !== null)).toBe(true);
    expect(slots.count('127.0.0.1')).toBe(50);
  });

  it('should give a slot back once however often its release runs, and forget a key with none open', () => {
    const slots = new StreamSlots({ perKey: 1, total: 2 });
    const release = slots.take('a');
    expect(release).not.toBeNull();
    release!();
    release!();
    expect(slots.total).toBe(0);
    expect(slots.count('a')).toBe(0);
    const again = slots.take('a');
    expect(again).not.toBeNull();
    expect(slots.take('b')).not.toBeNull();
    expect(slots.total).toBe(2);
  });
});
