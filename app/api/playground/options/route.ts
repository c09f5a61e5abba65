import { methodsNotAllowed } from '@/lib/http/api-route';
import { playgroundRoutes } from '@/lib/playground/api-handlers';
import { getPlaygroundSandbox } from '@/lib/site/sandbox';

/**
 * `POST /api/playground/options` `{options, kind}`: one request on the learner's sandbox session.
 * `DELETE /api/playground/options`: a new sandbox session (the old one deleted, its cookie cleared).
 */
export const { POST, DELETE } = playgroundRoutes(getPlaygroundSandbox);

export const { GET, PUT, PATCH } = methodsNotAllowed(['POST', 'DELETE']);
