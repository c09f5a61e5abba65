import { methodsNotAllowed } from '@/lib/http/api-route';
import { overview } from '@/lib/instructor/api';

/** `GET /api/instructor/overview` → the class dashboard's data; 401 without the instructor cookie. */
export const GET = overview;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
