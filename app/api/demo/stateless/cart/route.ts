import { methodsNotAllowed } from '@/lib/http/api-route';
import { statelessAddToCart, statelessCart, statelessClearCart } from '@/lib/stateless/operations';
import { statelessRoute } from '@/lib/stateless/route';

/** `GET /api/demo/stateless/cart` → `{items, totalPaise}` from the sealed cookie. */
export const GET = statelessRoute({ body: 'none' }, ({ data, locale }) => ({ ok: true, value: statelessCart(data, locale) }));

/** `POST /api/demo/stateless/cart` `{productId, qty}` adds; 400, 404 as the stateful cart; 422 when the cookie would pass 4 KB. */
export const POST = statelessRoute({ body: 'json' }, ({ data, input, locale }) => statelessAddToCart(data, input, locale));

/** `DELETE /api/demo/stateless/cart` empties the cart. */
export const DELETE = statelessRoute({ body: 'none' }, ({ data, locale }) => ({ ok: true, value: statelessClearCart(data, locale) }));

export const { PUT, PATCH } = methodsNotAllowed(['GET', 'POST', 'DELETE']);
