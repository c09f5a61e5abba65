import { methodsNotAllowed } from '@/lib/http/api-route';
import { join, leave } from '@/lib/classroom/api';

/** `POST /api/class/join {nickname}` → `{nickname}` (join or rename); `DELETE` → `{nickname: null}` (leave). */
export const POST = join;
export const DELETE = leave;

export const { GET, PUT, PATCH } = methodsNotAllowed(['POST', 'DELETE']);
