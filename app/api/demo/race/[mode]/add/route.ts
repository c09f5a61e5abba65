import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { raceAdd } from '@/lib/race-lab/race';
import { raceLabSession } from '@/lib/race-lab/route';

/** `POST /api/demo/race/<mode>/add` adds one chai after ~25 ms of "work" → `{count}` as this request saw it. */
export const POST = apiRoute({ session: raceLabSession }, async ({ session }) => ({ ok: true, value: { count: await raceAdd(session) } }));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
