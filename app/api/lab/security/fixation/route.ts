import { methodsNotAllowed } from '@/lib/http/api-route';
import { fixationAction, fixationInputSchema } from '@/lib/security-labs/fixation';
import { labActionRoute } from '@/lib/security-labs/lab-route';

/** `POST /api/lab/security/fixation` `{action: 'plant' | 'login' | 'attacker' | 'reset', …}`. */
export const POST = labActionRoute(fixationInputSchema, fixationAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
