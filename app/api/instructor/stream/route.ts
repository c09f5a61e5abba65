import { methodsNotAllowed } from '@/lib/http/api-route';
import { stream } from '@/lib/instructor/api';

/** `GET /api/instructor/stream` → Server-Sent Events for the class dashboard; 401 without the instructor cookie. */
export const GET = stream;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
