import type { z } from 'zod';
import { errorResponse, handleApi, readInput } from '@/lib/http/api-route';
import { parseInput } from '@/lib/shop/schemas';
import type { Locale } from '@/lib/i18n/locales';

/**
 * `POST /api/lab/security/<lab>` with `{action, …}`: lib/demo's guards (same origin, 16 KB,
 * JSON, locale, no-store), the body checked against `schema`, then `run`.
 */
export function labActionRoute<T>(
  schema: z.ZodType<T>,
  run: (request: Request, input: T, locale: Locale) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return (request) =>
    handleApi(request, async (locale) => {
      const body = await readInput(request, 'json');
      if (!body.ok) return errorResponse(body.error, locale);
      const parsed = parseInput(schema, body.value);
      if (!parsed.ok) return errorResponse(parsed.error, locale);
      return run(request, parsed.value, locale);
    });
}
