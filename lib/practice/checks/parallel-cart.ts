import { type CheckContext, type CheckLine, type CheckSpec, randomInt, Recorder, t, visitor } from '../check-kit';
import { cartOf, PRODUCT_IDS } from './cart-items';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'shopping-cart', anchor, text: t(hi, en, deva) });

export const PARALLEL_ADDS = 20;

export const parallelCartChecks = {
  session: {
    title: t('Pehla add session banata hai', 'The first add starts a session', 'पहला add नया session शुरू करता है'),
    expected: t('200 aur session cookie', '200 and a session cookie', '200 और साथ में session cookie'),
    hint: hint('cart-code', 'Pehle `cart` exercise poora kijiye', 'Finish the `cart` exercise first', 'पहले `cart` exercise पूरी कीजिए'),
  },
  allAnswered: {
    title: t(
      `${PARALLEL_ADDS} parallel adds: sabko 200`,
      `${PARALLEL_ADDS} parallel adds: every one answered 200`,
      `${PARALLEL_ADDS} parallel adds: हर एक का जवाब 200 आया`,
    ),
    expected: t(`${PARALLEL_ADDS} × 200`, `${PARALLEL_ADDS} × 200`, `${PARALLEL_ADDS} × 200`),
    hint: hint(
      'locking',
      'Lock ka intezaar karti request fail na ho, bas ruke',
      'A request waiting for the lock must wait, not fail',
      'Lock का इंतज़ार करती request fail न हो, बस रुककर इंतज़ार करे',
    ),
  },
  noneLost: {
    title: t(
      `${PARALLEL_ADDS} parallel adds: koi update gum nahi`,
      `${PARALLEL_ADDS} parallel adds: no update lost`,
      `${PARALLEL_ADDS} parallel adds: कोई भी update खोया नहीं`,
    ),
    expected: t(`pehli qty + ${PARALLEL_ADDS}`, `the first qty + ${PARALLEL_ADDS}`, `पहली qty + ${PARALLEL_ADDS}`),
    hint: hint(
      'express-session-no-lock',
      'Ek session ki requests ek line mein: session middleware se pehle cookie ki value par lock',
      "One session's requests one at a time: a lock on the cookie value, before the session middleware",
      'एक session की requests एक-एक करके चलें: session middleware से पहले cookie की value पर lock लगाइए',
    ),
  },
} satisfies Record<string, CheckSpec>;

export async function checkParallelCart(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('parallel-cart');
  const shopper = visitor(context);
  // A product and first quantity of its own each run, so no canned answer can match.
  const productId = PRODUCT_IDS[randomInt(0, PRODUCT_IDS.length - 1)] ?? 'chai';
  const firstQty = randomInt(1, 9);
  const first = await shopper.post('/cart', { productId, qty: firstQty });
  const firstOk = first.status === 200 && shopper.jar.size > 0 && cartOf(first.json)?.get(productId) === firstQty;
  if (!r.expect(firstOk, parallelCartChecks.session, first, true)) return r.lines;

  const cookie = shopper.jar.header() ?? '';
  const add = { json: { productId, qty: 1 }, cookie };
  const answers = await Promise.all(Array.from({ length: PARALLEL_ADDS }, () => shopper.request('POST', '/cart', add)));
  const statuses = answers.map((answer) => answer.status);
  const sent = `${PARALLEL_ADDS} × POST /cart {"productId":"${productId}","qty":1}`;
  r.check(
    statuses.every((status) => status === 200),
    parallelCartChecks.allAnswered,
    sent,
    statuses.join(' '),
  );

  const final = await shopper.get('/cart');
  const qty = cartOf(final.json)?.get(productId);
  const expected = firstQty + PARALLEL_ADDS;
  r.check(
    final.status === 200 && qty === expected,
    { ...parallelCartChecks.noneLost, expected: t(`${productId}×${expected}`, `${productId}×${expected}`, `${productId}×${expected}`) },
    `${sent}, GET /cart`,
    qty === undefined
      ? `${final.status} ${final.text.slice(0, 80)}`
      : t(
          `${productId}×${qty} (${expected - qty} gum)`,
          `${productId}×${qty} (${expected - qty} lost)`,
          `${productId}×${qty} (${expected - qty} खो गए)`,
        ),
  );
  return r.lines;
}
