import { jsonResponse } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import type { PlaygroundSandbox } from './sandbox';
import { optionsConflict } from './options';
import { playgroundRequestSchema } from './schema';

/*
 * The HTTP side of `/api/playground/options`, on the API's shared guards: a foreign Origin is
 * refused (403), bodies stop at 16 KB (413), errors are JSON in the learner's language, every
 * answer is `Cache-Control: no-store`.
 */

/** The route's handlers on the sandbox `sandbox()` gives (the site's one, or a test's). */
export function playgroundRoutes(sandbox: () => PlaygroundSandbox) {
  return {
    /** `POST {options, kind}`: one request on the sandbox session; the answer carries its real `Set-Cookie`. */
    POST: apiRoute({ schema: playgroundRequestSchema }, async ({ request, input, locale }) => {
      if (optionsConflict(input.options) !== null) return { ok: false, error: { code: 'options_conflict' } };
      const { result, setCookie } = await sandbox().run(request, input, locale);
      const response = jsonResponse(result);
      if (setCookie !== null) response.headers.append('set-cookie', setCookie);
      return response;
    }),

    /** `DELETE`: starts over; deletes the sandbox session and the sandbox cookie. */
    DELETE: apiRoute({}, async ({ request }) => {
      const { destroyed, setCookie } = await sandbox().reset(request);
      const response = jsonResponse({ reset: true, destroyed });
      response.headers.append('set-cookie', setCookie);
      return response;
    }),
  };
}
