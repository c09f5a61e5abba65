import { errorResponse, handleApi, readInput, replyWithSession, type RouteReply } from '../http/api-route';
import { getRaceEngine, isRaceMode } from './race';
import type { Session } from '@/lib/session';
import { isUnsafeMethod } from '../http/request-guards';

/** A route handler of the race lab `/api/demo/race/<mode>/…`, on that mode's own engine. */
export function raceRoute(
  handler: (session: Session) => RouteReply | Promise<RouteReply>,
): (request: Request, context: { params: Promise<{ mode: string }> }) => Promise<Response> {
  return (request, context) =>
    handleApi(request, async (locale) => {
      if (isUnsafeMethod(request.method)) {
        const input = await readInput(request, 'none');
        if (!input.ok) return errorResponse(input.error, locale);
      }
      const { mode } = await context.params;
      if (!isRaceMode(mode)) return errorResponse({ code: 'not_found' }, locale);
      return getRaceEngine(mode).withSession(request, (session) =>
        // Every lab URL lies inside its engine's cookie path, so there is always a session.
        session === null ? errorResponse({ code: 'not_found' }, locale) : replyWithSession(session, locale, handler),
      );
    });
}
