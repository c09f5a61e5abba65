import { methodsNotAllowed } from '@/lib/http/api-route';
import { followMe, stopFollow } from '@/lib/classroom/live-api';

/** `POST /api/instructor/follow {kind, slug, section?} | {kind: 'lab', path}` → `{target}`; `DELETE` → 204 (stop leading). */
export const POST = followMe;
export const DELETE = stopFollow;

export const { GET, PUT, PATCH } = methodsNotAllowed(['POST', 'DELETE']);
