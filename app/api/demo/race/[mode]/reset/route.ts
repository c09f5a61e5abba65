import { methodsNotAllowed } from '@/lib/demo/api-route';
import { raceReset } from '@/lib/demo/race';
import { raceRoute } from '@/lib/demo/race-route';

/** `POST /api/demo/race/<mode>/reset` → `{count: 0}`. */
export const POST = raceRoute((session) => {
  raceReset(session);
  return { ok: true, value: { count: 0 } };
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
