import { methodsNotAllowed } from '@/lib/demo/api-route';
import { fixationAction, fixationInputSchema } from '@/lib/labs/fixation';
import { labActionRoute } from '@/lib/labs/lab-route';

/** `POST /api/lab/security/fixation` `{action: 'plant' | 'login' | 'attacker' | 'reset', …}`. */
export const POST = labActionRoute(fixationInputSchema, fixationAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
