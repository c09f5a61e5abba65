import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { raceCount } from '@/lib/race-lab/race';
import { raceLabSession } from '@/lib/race-lab/route';

/** `GET /api/demo/race/<locked|unlocked>` → `{count}`. */
export const GET = apiRoute({ session: raceLabSession }, ({ session }) => ({ ok: true, value: { count: raceCount(session) } }));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
