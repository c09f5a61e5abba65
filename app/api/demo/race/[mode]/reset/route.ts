import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { raceReset } from '@/lib/race-lab/race';
import { raceLabSession } from '@/lib/race-lab/route';

/** `POST /api/demo/race/<mode>/reset` → `{count: 0}`. */
export const POST = apiRoute({ session: raceLabSession }, ({ session }) => {
  raceReset(session);
  return { ok: true, value: { count: 0 } };
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
