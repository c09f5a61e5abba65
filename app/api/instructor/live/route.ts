import { methodsNotAllowed } from '@/lib/http/api-route';
import { liveView } from '@/lib/classroom/live-api';

/** `GET /api/instructor/live` → `{follow, quiz, joined}`: the live class for the presenter view; 401 without the cookie. */
export const GET = liveView;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
