import { methodsNotAllowed } from '@/lib/demo/api-route';
import { labActionRoute } from '@/lib/labs/lab-route';
import { tamperingAction, tamperingInputSchema } from '@/lib/labs/tampering';

/** `POST /api/lab/security/tampering` `{action: 'start' | 'edit' | 'checkout' | 'reset', …}`. */
export const POST = labActionRoute(tamperingInputSchema, tamperingAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
