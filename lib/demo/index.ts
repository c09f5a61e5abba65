/**
 * The demos as operations over a session, for the JSON API and the site's server actions.
 * The Next.js route plumbing lives in `api-route.ts` and is not exported here.
 */
export { findDemoUser, verifyCredentials, type DemoUser } from './accounts';
export { addVisit, readActivity, ACTIVITY_LIMIT, type ActivityEntry } from './activity';
export { clearActivity, listActivity, recordVisit } from './activity-operations';
export { ERROR_STATUS, errorBody, errorMessage, type DemoError, type DemoResult, type ErrorCode, type ErrorParams } from './api-errors';
export { currentUser, getLoginLimiter, loginWith, logoutFrom } from './auth-operations';
export { cartView, readCart, type CartItem, type CartLine, type CartView } from './cart';
export { addToCart, clearCart, getCart, removeFromCart, setCartQuantity } from './cart-operations';
export { clearingSetCookie } from './experiments';
export { getInspectLog } from './site-inspect';
export { findProduct, PRODUCTS, PRODUCT_IDS, type Product, type ProductId } from './products';
export { FailureLimiter, type LimitDecision } from './rate-limit';
export { requestLocale } from './request-guards';
export { MAX_LINE_QTY } from './schemas';
export { isEstablishedSession } from './session-facts';
