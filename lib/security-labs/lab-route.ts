import { jsonResponse } from '@/lib/http/api-route';
import type { Session } from '@/lib/session';
import type { SecurityLab } from './catalog';
import { clearCookie, labEngine } from './lab-engine';

/*
 * What the labs' actions share on the HTTP side. Each lab's route is
 * `apiRoute({ schema: <lab>InputSchema }, …)`: same origin, 16 KB, JSON, the body checked.
 */

/** A cookie of a lab, by name and path, as the reset removes it. */
export interface LabCookie {
  readonly name: string;
  readonly path: string;
}

/** The answer of every lab's `{action: 'reset'}`: `{reset: true}`, removing the lab's cookies. */
export function labResetReply(cookies: readonly LabCookie[]): Response {
  const headers = new Headers();
  for (const { name, path } of cookies) headers.append('set-cookie', clearCookie(name, path));
  return jsonResponse({ reset: true }, { headers });
}

/** Runs `run` on the session of `lab`'s own engine (whose cookie path is the lab's API path). */
export function withLabSession(lab: SecurityLab, request: Request, run: (session: Session) => Promise<Response>): Promise<Response> {
  return labEngine(lab).engine.withSession(request, async (session) => {
    if (session === null) throw new Error(`labs: the ${lab} lab engine must own its API path.`);
    return run(session);
  });
}
