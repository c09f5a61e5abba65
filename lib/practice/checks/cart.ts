import { type CheckContext, type CheckLine, type CheckSpec, randomInt, Recorder, t, visitor } from '../check-kit';
import type { Exchange, RequestOptions, Visitor } from '../http-client';
import { RIYA } from './accounts';
import { cartOf, sameCart, showCart } from './cart-items';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'shopping-cart', anchor, text: t(hi, en, deva) });

export const cartChecks = {
  empty: {
    title: t('Naye visitor ka cart khaali', "A new visitor's cart is empty", 'नए visitor का cart खाली है'),
    expected: t('200 `{"items":[]}`', '200 `{"items":[]}`', '200 `{"items":[]}`'),
    hint: hint(
      'cart-code',
      '`GET /cart` session mein cart na ho to `{ items: [] }`',
      '`GET /cart` with no cart in the session answers `{ items: [] }`',
      'Session में cart न हो तो `GET /cart` का जवाब `{ items: [] }` हो',
    ),
  },
  add: {
    title: t('Add karne par cart mein line', 'Adding puts a line in the cart', 'Add करने पर cart में एक line जुड़ती है'),
    expected: t(
      '200 aur `items` mein woh product, woh qty',
      '200 with that product and qty in `items`',
      '200, और `items` में वही product और वही qty',
    ),
    hint: hint(
      'cart-code',
      'Cart mein sirf `productId` aur `qty` rakhiye; jawab mein poora cart',
      'Keep only `productId` and `qty` in the cart; answer with the whole cart',
      'Cart में सिर्फ़ `productId` और `qty` रखिए; जवाब में पूरा cart भेजिए',
    ),
  },
  addsUp: {
    title: t('Wahi product dobara: qty judti hai', 'The same product again: the qty adds up', 'वही product दोबारा: qty जुड़ जाती है'),
    expected: t('dono qty ka jod', 'the sum of both quantities', 'दोनों qty का जोड़'),
    hint: hint(
      'what-to-store',
      'Line pehle se ho to `qty` badhaiye, nayi line mat banaiye',
      'If the line exists, raise its `qty`; do not add a second line',
      'Line पहले से हो तो उसकी `qty` बढ़ाइए; दूसरी line मत बनाइए',
    ),
  },
  read: {
    title: t('`GET /cart` wahi cart lautata hai', '`GET /cart` returns the same cart', '`GET /cart` वही cart लौटाता है'),
    expected: t('200 `{items}` jaisa abhi bana', '200 `{items}` as just built', '200 `{items}`, जैसा अभी बना था'),
    hint: hint(
      'cart-code',
      'Cart session mein rakhiye, kisi global variable mein nahi',
      'Keep the cart in the session, not in a global variable',
      'Cart को session में रखिए, किसी global variable में नहीं',
    ),
  },
  refused: {
    title: t('Galat input → 400', 'Bad input → 400', 'गलत input → 400'),
    expected: t('400', '400', '400'),
    hint: hint(
      'what-to-store',
      '`productId` menu mein ho, `qty` 1 se 99 tak ka whole number (`Number.isInteger`)',
      '`productId` on the menu, `qty` a whole number from 1 to 99 (`Number.isInteger`)',
      '`productId` menu में हो, और `qty` 1 से 99 तक का पूरा अंक हो (`Number.isInteger`)',
    ),
  },
  unchanged: {
    title: t('Galat input ke baad cart waisa hi', 'After bad input the cart is as it was', 'गलत input के बाद cart जैसा था वैसा ही रहता है'),
    expected: t('pehle wala cart', 'the cart from before', 'पहले वाला cart'),
    hint: hint(
      'what-to-store',
      'Pehle poora validate, phir session badaliye',
      'Validate everything first, then change the session',
      'पहले सब कुछ validate कीजिए, उसके बाद ही session बदलिए',
    ),
  },
  ownCart: {
    title: t('Har visitor ka apna cart', 'Every visitor has their own cart', 'हर visitor का अपना अलग cart है'),
    expected: t(
      'doosre visitor ke cart mein sirf uska saaman',
      "the other visitor's cart holds only their items",
      'दूसरे visitor के cart में सिर्फ़ उसका अपना सामान',
    ),
    hint: hint(
      'cart-in-session',
      'Cart `req.session` mein, har session ka alag',
      'The cart lives in `req.session`, one per session',
      'Cart `req.session` में रहता है, हर session का अलग',
    ),
  },
  keptAcrossLogin: {
    title: t('Login ke baad bhi cart wahi', 'The cart survives a login', 'Login के बाद भी cart बना रहता है'),
    expected: t(
      'login ke baad `GET /cart` mein login se pehle wala saaman',
      '`GET /cart` after login holds what was added before',
      'Login के बाद `GET /cart` में वही सामान जो login से पहले डाला था',
    ),
    hint: hint(
      'cart-across-login',
      '`regenerate` se pehle cart nikaal lijiye aur naye session mein wapas rakhiye',
      'Take the cart out before `regenerate` and put it back into the new session',
      '`regenerate` से पहले cart निकाल लीजिए और नए session में वापस रख दीजिए',
    ),
  },
} satisfies Record<string, CheckSpec>;

function gotCart(exchange: Exchange): string {
  const cart = cartOf(exchange.json);
  return cart === null ? `${exchange.status} ${exchange.text.slice(0, 80)}` : `${exchange.status} ${showCart(Object.fromEntries(cart))}`;
}

function cartCheck(r: Recorder, spec: CheckSpec, exchange: Exchange, expected: Record<string, number>): boolean {
  return r.check(
    exchange.status === 200 && sameCart(cartOf(exchange.json), expected),
    {
      ...spec,
      expected: {
        'hi-latn': `${spec.expected['hi-latn']}: ${showCart(expected)}`,
        en: `${spec.expected.en}: ${showCart(expected)}`,
        hi: `${spec.expected.hi}: ${showCart(expected)}`,
      },
    },
    exchange.sent,
    gotCart(exchange),
  );
}

const BAD_INPUTS: readonly RequestOptions[] = [
  { json: { productId: 'pizza', qty: 1 } },
  { json: { productId: 'chai', qty: 0 } },
  { json: { productId: 'chai', qty: -3 } },
  { json: { productId: 'chai', qty: 1.5 } },
  { json: { productId: 'chai', qty: 100 } },
  { json: { productId: 'chai', qty: '2' } },
  { json: { productId: 'chai' } },
  { json: { qty: 1 } },
  { rawJson: '{"productId":"chai","qty":' },
];

async function add(shopper: Visitor, productId: string, qty: number): Promise<Exchange> {
  return shopper.post('/cart', { productId, qty });
}

export async function checkCart(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('cart');
  const asha = visitor(context);
  cartCheck(r, cartChecks.empty, await asha.get('/cart'), {});
  const chai = randomInt(2, 9);
  const more = randomInt(2, 9);
  const samosa = randomInt(1, 9);
  if (!cartCheck(r, cartChecks.add, await add(asha, 'chai', chai), { chai })) return r.lines;
  cartCheck(r, cartChecks.addsUp, await add(asha, 'chai', more), { chai: chai + more });
  cartCheck(r, cartChecks.add, await add(asha, 'samosa', samosa), { chai: chai + more, samosa });
  const built = { chai: chai + more, samosa };
  cartCheck(r, cartChecks.read, await asha.get('/cart'), built);

  for (const input of BAD_INPUTS) {
    const refused = await asha.request('POST', '/cart', input);
    r.expect(refused.status === 400, cartChecks.refused, refused);
  }
  cartCheck(r, cartChecks.unchanged, await asha.get('/cart'), built);

  const ravi = visitor(context);
  const jalebi = randomInt(1, 9);
  cartCheck(r, cartChecks.ownCart, await add(ravi, 'jalebi', jalebi), { jalebi });
  cartCheck(r, cartChecks.ownCart, await asha.get('/cart'), built);

  const shopper = visitor(context);
  const lassi = randomInt(1, 9);
  await add(shopper, 'lassi', lassi);
  const login = await shopper.post('/login', RIYA);
  const after = await shopper.get('/cart');
  cartCheck(
    r,
    cartChecks.keptAcrossLogin,
    { ...after, sent: `POST /cart {"productId":"lassi","qty":${lassi}}, ${login.sent} → ${login.status}, GET /cart` },
    { lassi },
  );
  return r.lines;
}
