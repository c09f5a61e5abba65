import { errorResponse, handleApi, jsonResponse, readInput } from '@/lib/http/api-route';
import { parseInput } from '@/lib/shop/schemas';
import type { PlaygroundSandbox } from './sandbox';
import { optionsConflict } from './options';
import { playgroundRequestSchema } from './schema';
import { playgroundMessages } from '@/lib/i18n/messages/playground';

/*
 * The HTTP side of `/api/playground/options`, over the demo API's shared guards: a foreign
 * Origin is refused (403), bodies stop at 16 KB (413), errors are JSON in the learner's
 * language, every answer is `Cache-Control: no-store`.
 */

/** `POST {options, kind}`: one request on the sandbox session; the answer carries its real `Set-Cookie`. */
export function playgroundPost(request: Request, sandbox: PlaygroundSandbox): Promise<Response> {
  return handleApi(request, async (locale) => {
    const body = await readInput(request, 'json');
    if (!body.ok) return errorResponse(body.error, locale);
    const input = parseInput(playgroundRequestSchema, body.value);
    if (!input.ok) return errorResponse(input.error, locale);
    if (optionsConflict(input.value.options) !== null) {
      return jsonResponse({ error: { code: 'bad_request', message: playgroundMessages(locale).conflictHint } }, { status: 400 });
    }
    const { result, setCookie } = await sandbox.run(request, input.value, locale);
    const response = jsonResponse(result);
    if (setCookie !== null) response.headers.append('set-cookie', setCookie);
    return response;
  });
}

/** `DELETE`: starts over; deletes the sandbox session and the sandbox cookie. */
export function playgroundDelete(request: Request, sandbox: PlaygroundSandbox): Promise<Response> {
  return handleApi(request, async (locale) => {
    const body = await readInput(request, 'none');
    if (!body.ok) return errorResponse(body.error, locale);
    const { destroyed, setCookie } = await sandbox.reset(request);
    const response = jsonResponse({ reset: true, destroyed });
    response.headers.append('set-cookie', setCookie);
    return response;
  });
}
