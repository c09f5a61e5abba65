import { apiRoute } from '@/lib/site/api-route';

/** Any other `/api/…` address: a JSON 404, never the site's HTML error page. Its body is never read. */
const notFound = apiRoute({ body: 'unread' }, () => ({ ok: false, error: { code: 'not_found' } }));

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
