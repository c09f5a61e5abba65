import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { removeFromCart, setCartQuantity } from '@/lib/shop/cart-operations';

type Params = { productId: string };

/** `PATCH /api/demo/cart/<productId>` `{qty}` sets the line to exactly qty (1–99); 404 when not in the cart. */
export const PATCH = apiRoute<Params>({ session: 'stateful', body: 'json' }, ({ session, input, locale, params }) =>
  setCartQuantity(session.data, params.productId, input, locale),
);

/** `DELETE /api/demo/cart/<productId>` removes the line (fine when it is not there). */
export const DELETE = apiRoute<Params>({ session: 'stateful' }, ({ session, locale, params }) =>
  removeFromCart(session.data, params.productId, locale),
);

export const { GET, POST, PUT } = methodsNotAllowed(['PATCH', 'DELETE']);
