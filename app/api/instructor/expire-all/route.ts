import { methodsNotAllowed } from '@/lib/http/api-route';
import { expireAll } from '@/lib/instructor/api';

/** `POST /api/instructor/expire-all` → `{expired}`: ends every session now. */
export const POST = expireAll;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
