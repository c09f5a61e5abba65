import { methodsNotAllowed } from '@/lib/http/api-route';
import { labActionRoute } from '@/lib/security-labs/lab-route';
import { xssAction, xssInputSchema } from '@/lib/security-labs/xss';

/** `POST /api/lab/security/xss` `{action: 'login' | 'hijack' | 'reset', …}`. */
export const POST = labActionRoute(xssInputSchema, xssAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
