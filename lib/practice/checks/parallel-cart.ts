import { type CheckContext, type CheckLine, type CheckSpec, Recorder, t, visitor } from '../check-kit';
import { cartOf } from './cart-items';

const hint = (anchor: string, hi: string, en: string) => ({ slug: 'shopping-cart', anchor, text: t(hi, en) });

export const PARALLEL_ADDS = 20;

export const parallelCartChecks = {
  session: {
    title: t('Pehla add session banata hai', 'The first add starts a session'),
    expected: t('200 aur session cookie', '200 and a session cookie'),
    hint: hint('cart-code', 'Pehle `cart` exercise poora kijiye', 'Finish the `cart` exercise first'),
  },
  allAnswered: {
    title: t(`${PARALLEL_ADDS} parallel adds: sabko 200`, `${PARALLEL_ADDS} parallel adds: every one answered 200`),
    expected: t(`${PARALLEL_ADDS} × 200`, `${PARALLEL_ADDS} × 200`),
    hint: hint('locking', 'Lock ka intezaar karti request fail na ho, bas ruke', 'A request waiting for the lock must wait, not fail'),
  },
  noneLost: {
    title: t(`${PARALLEL_ADDS} parallel adds: koi update gum nahi`, `${PARALLEL_ADDS} parallel adds: no update lost`),
    expected: t(`chai×${PARALLEL_ADDS + 1}`, `chai×${PARALLEL_ADDS + 1}`),
    hint: hint(
      'express-session-no-lock',
      'Ek session ki requests ek line mein: session middleware se pehle cookie ki value par lock',
      "One session's requests one at a time: a lock on the cookie value, before the session middleware",
    ),
  },
} satisfies Record<string, CheckSpec>;

export async function checkParallelCart(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('parallel-cart');
  const shopper = visitor(context);
  const first = await shopper.post('/cart', { productId: 'chai', qty: 1 });
  if (!r.expect(first.status === 200 && shopper.jar.size > 0, parallelCartChecks.session, first, true)) return r.lines;

  const answers = await Promise.all(
    Array.from({ length: PARALLEL_ADDS }, () =>
      shopper.request('POST', '/cart', { json: { productId: 'chai', qty: 1 }, cookie: shopper.jar.header() ?? '' }),
    ),
  );
  const statuses = answers.map((answer) => answer.status);
  const sent = `${PARALLEL_ADDS} × POST /cart {"productId":"chai","qty":1}`;
  r.check(
    statuses.every((status) => status === 200),
    parallelCartChecks.allAnswered,
    sent,
    statuses.join(' '),
  );

  const final = await shopper.get('/cart');
  const qty = cartOf(final.json)?.get('chai');
  r.check(
    final.status === 200 && qty === PARALLEL_ADDS + 1,
    parallelCartChecks.noneLost,
    `${sent}, GET /cart`,
    qty === undefined
      ? `${final.status} ${final.text.slice(0, 80)}`
      : t(`chai×${qty} (${PARALLEL_ADDS + 1 - qty} gum)`, `chai×${qty} (${PARALLEL_ADDS + 1 - qty} lost)`),
  );
  return r.lines;
}
