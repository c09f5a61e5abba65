import { methodsNotAllowed } from '@/lib/http/api-route';
import { reset } from '@/lib/instructor/api';

/** `POST /api/instructor/reset` → `{deleted}`: empties the demo session store. */
export const POST = reset;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
