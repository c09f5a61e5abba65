import { errorResponse, handleApi } from '@/lib/http/api-route';

/** Any other `/api/…` address: a JSON 404, never the site's HTML error page. */
function notFound(request: Request): Promise<Response> {
  return handleApi(request, async (locale) => errorResponse({ code: 'not_found' }, locale));
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
