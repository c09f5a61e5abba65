import { methodsNotAllowed } from '@/lib/demo/api-route';
import { raceAdd } from '@/lib/demo/race';
import { raceRoute } from '@/lib/demo/race-route';

/** `POST /api/demo/race/<mode>/add` adds one chai after ~25 ms of "work" → `{count}` as this request saw it. */
export const POST = raceRoute(async (session) => ({ ok: true, value: { count: await raceAdd(session) } }));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
