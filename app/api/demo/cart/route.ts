import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { addToCart, clearCart, getCart } from '@/lib/shop/cart-operations';

/** `GET /api/demo/cart` → `{items: [{productId, name, qty, unitPricePaise}], totalPaise}`. */
export const GET = apiRoute({ session: 'stateful' }, ({ session, locale }) => ({ ok: true, value: getCart(session.data, locale) }));

/** `POST /api/demo/cart` `{productId, qty}` adds; 400 bad body or over 99, 404 unknown product. */
export const POST = apiRoute({ session: 'stateful', body: 'json' }, ({ session, input, locale }) => addToCart(session.data, input, locale));

/** `DELETE /api/demo/cart` empties the cart. */
export const DELETE = apiRoute({ session: 'stateful' }, ({ session, locale }) => ({ ok: true, value: clearCart(session.data, locale) }));

export const { PUT, PATCH } = methodsNotAllowed(['GET', 'POST', 'DELETE']);
