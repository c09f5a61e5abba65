import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { statelessAddToCart, statelessCart, statelessClearCart } from '@/lib/stateless/operations';

/** `GET /api/demo/stateless/cart` → `{items, totalPaise}` from the sealed cookie. */
export const GET = apiRoute({ session: 'stateless' }, ({ data, locale }) => ({ ok: true, value: statelessCart(data, locale) }));

/** `POST /api/demo/stateless/cart` `{productId, qty}` adds; 400, 404 as the stateful cart; 422 when the cookie would pass 4 KB. */
export const POST = apiRoute({ session: 'stateless', body: 'json' }, ({ data, input, locale }) => statelessAddToCart(data, input, locale));

/** `DELETE /api/demo/stateless/cart` empties the cart. */
export const DELETE = apiRoute({ session: 'stateless' }, ({ data, locale }) => ({ ok: true, value: statelessClearCart(data, locale) }));

export const { PUT, PATCH } = methodsNotAllowed(['GET', 'POST', 'DELETE']);
