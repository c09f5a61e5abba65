import { methodsNotAllowed } from '@/lib/http/api-route';
import { labActionRoute } from '@/lib/security-labs/lab-route';
import { tamperingAction, tamperingInputSchema } from '@/lib/security-labs/tampering';

/** `POST /api/lab/security/tampering` `{action: 'start' | 'edit' | 'checkout' | 'reset', …}`. */
export const POST = labActionRoute(tamperingInputSchema, tamperingAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
