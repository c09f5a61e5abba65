import { methodsNotAllowed } from '@/lib/http/api-route';
import { studentLive } from '@/lib/classroom/live-api';

/** `GET /api/class/live` → `{follow, quiz}`: where the class is led and the live question, in the student's language; 403 unless joined. */
export const GET = studentLive;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
