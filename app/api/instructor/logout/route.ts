import { methodsNotAllowed } from '@/lib/http/api-route';
import { logout } from '@/lib/instructor/api';

/** `POST /api/instructor/logout` → 204, clearing the instructor cookie. */
export const POST = logout;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
