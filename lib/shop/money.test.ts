import { describe, expect, it } from 'vitest';
import { formatRupees, groupIndian } from './money';

// What the browser's Intl would say: the formatters here must read exactly the same.
const whole = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 });
const exact = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-IN');
const intlRupees = (paise: number) => (paise % 100 === 0 ? whole : exact).format(paise / 100);

// -0 is the one difference: Intl writes "-₹0", these write "₹0".
const samples = [
  0, 1, 9, 10, 99, 100, 101, 999, 1000, 1550, 9999, 10000, 12000, 99999, 100000, 123456, 1000000, 12000000, 123456789, 9876543210,
];

describe('formatRupees', () => {
  it('writes the examples from its documentation', () => {
    expect(formatRupees(12000000)).toBe('₹1,20,000');
    expect(formatRupees(1550)).toBe('₹15.50');
    expect(formatRupees(4000)).toBe('₹40');
    expect(formatRupees(5)).toBe('₹0.05');
  });

  it.each(samples)('reads like Intl en-IN for %i paise and its negative', (paise) => {
    expect(formatRupees(paise)).toBe(intlRupees(paise));
    expect(formatRupees(-paise)).toBe(paise === 0 ? '₹0' : intlRupees(-paise));
  });
});

describe('groupIndian', () => {
  it('groups the last three digits, then pairs', () => {
    expect(groupIndian(1234567)).toBe('12,34,567');
    expect(groupIndian(999)).toBe('999');
    expect(groupIndian(1000)).toBe('1,000');
  });

  it.each(samples)('reads like Intl en-IN for %i and its negative', (value) => {
    expect(groupIndian(value)).toBe(plain.format(value));
    expect(groupIndian(-value)).toBe(value === 0 ? '0' : plain.format(-value));
  });
});
