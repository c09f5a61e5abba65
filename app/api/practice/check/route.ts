import { methodsNotAllowed } from '@/lib/http/api-route';
import { availabilityRoute, checkRoute } from '@/lib/practice/check-endpoint';

/** `GET /api/practice/check` → `{available}` or `{available: false, reason}`. */
export const GET = availabilityRoute;

/** `POST /api/practice/check {exercise, app, redis?}` → the grader's lines (this machine only). */
export const POST = checkRoute;

export const { PUT, PATCH, DELETE } = methodsNotAllowed(['GET', 'POST']);
