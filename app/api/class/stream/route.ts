import { methodsNotAllowed } from '@/lib/http/api-route';
import { classStream } from '@/lib/classroom/live-api';

/** `GET /api/class/stream` → Server-Sent Events of the live class (`follow`, `quiz`) for a joined student; 403 otherwise. */
export const GET = classStream;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
