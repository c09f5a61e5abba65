import { methodsNotAllowed } from '@/lib/http/api-route';
import { login } from '@/lib/instructor/api';

/** `POST /api/instructor/login` `{token}` → 204 with the `pathshala.instructor` cookie; 400, 401, 429. */
export const POST = login;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
