import { methodsNotAllowed } from '@/lib/demo/api-route';
import { labActionRoute } from '@/lib/labs/lab-route';
import { xssAction, xssInputSchema } from '@/lib/labs/xss';

/** `POST /api/lab/security/xss` `{action: 'login' | 'hijack' | 'reset', …}`. */
export const POST = labActionRoute(xssInputSchema, xssAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
