import { methodsNotAllowed } from '@/lib/http/api-route';
import { report } from '@/lib/classroom/api';

/** `POST /api/class/report` → 204 recorded, 200 `{joined: false}`, 429 `too_many_reports`. */
export const POST = report;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
