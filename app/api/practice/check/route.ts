import { handleApi, methodsNotAllowed } from '@/lib/http/api-route';
import { availabilityReply, checkReply } from '@/lib/practice/check-endpoint';

/** `GET /api/practice/check` → `{available}` or `{available: false, reason}`. */
export function GET(request: Request): Promise<Response> {
  return handleApi(request, async () => availabilityReply(request));
}

/** `POST /api/practice/check {exercise, app, redis?}` → the grader's lines (this machine only). */
export function POST(request: Request): Promise<Response> {
  return handleApi(request, (locale) => checkReply(request, locale));
}

export const { PUT, PATCH, DELETE } = methodsNotAllowed(['GET', 'POST']);
