import { methodsNotAllowed } from '@/lib/http/api-route';
import { playgroundDelete, playgroundPost } from '@/lib/playground/api-handlers';
import { getPlaygroundSandbox } from '@/lib/site/sandbox';

/** `POST /api/playground/options` `{options, kind}`: one request on the learner's sandbox session. */
export function POST(request: Request): Promise<Response> {
  return playgroundPost(request, getPlaygroundSandbox());
}

/** `DELETE /api/playground/options`: a new sandbox session (the old one deleted, its cookie cleared). */
export function DELETE(request: Request): Promise<Response> {
  return playgroundDelete(request, getPlaygroundSandbox());
}

export const { GET, PUT, PATCH } = methodsNotAllowed(['POST', 'DELETE']);
