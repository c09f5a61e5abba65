import { methodsNotAllowed } from '@/lib/demo/api-route';
import { raceCount } from '@/lib/demo/race';
import { raceRoute } from '@/lib/demo/race-route';

/** `GET /api/demo/race/<locked|unlocked>` → `{count}`. */
export const GET = raceRoute((session) => ({ ok: true, value: { count: raceCount(session) } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
