/*
 * Money and counts as an Indian reader writes them, without Intl: the first Intl.NumberFormat a
 * page creates loads the browser's locale data, which took 33–45 ms of a lab page's start-up
 * on the main thread (docs/PERFORMANCE.md). The unit tests check every result against Intl.
 */

/** A whole number with Indian digit grouping: 1234567 → "12,34,567". */
export function groupIndian(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const lastThree = digits.slice(-3);
  const rest = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ',');
  const sign = value < 0 && digits !== '0' ? '-' : '';
  return sign + (rest === '' ? lastThree : `${rest},${lastThree}`);
}

/** Paise as rupees with Indian digit grouping: 12000000 → "₹1,20,000", 1550 → "₹15.50". */
export function formatRupees(paise: number): string {
  const whole = Math.round(Math.abs(paise));
  const rupees = groupIndian(Math.floor(whole / 100));
  const cents = whole % 100;
  return `${paise < 0 && whole !== 0 ? '-' : ''}₹${rupees}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}
