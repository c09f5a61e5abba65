import { methodsNotAllowed } from '@/lib/http/api-route';
import { raceCount } from '@/lib/race-lab/race';
import { raceRoute } from '@/lib/race-lab/route';

/** `GET /api/demo/race/<locked|unlocked>` → `{count}`. */
export const GET = raceRoute((session) => ({ ok: true, value: { count: raceCount(session) } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
