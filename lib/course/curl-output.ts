import { SET_COOKIE_ECHO_HEADER } from '@/lib/http/try-header';

/** What a page's `fetch` saw of a response, plus the `Set-Cookie` lines the API echoed (redacted). */
export interface SeenResponse {
  readonly status: number;
  readonly statusText: string;
  /** As `Headers` iterates them: lower-case names, sorted, `Set-Cookie` never among them. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly setCookies: readonly string[];
  readonly body: string;
}

/** Reason phrases for when the browser hands over none (HTTP/2 has no reason phrase). */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Response headers of our own protocol with the page, not of the answer the lesson is about. */
const OWN_HEADERS = new Set([SET_COOKIE_ECHO_HEADER]);

/**
 * The response as `curl -i` prints it: the status line, the headers (each `set-cookie` among
 * them in its place, as the redacted line), an empty line, the body as it came.
 */
export function formatLikeCurl(response: SeenResponse): string {
  const reason = response.statusText || REASONS[response.status] || '';
  const lines = [`HTTP/1.1 ${response.status}${reason ? ` ${reason}` : ''}`];
  const headers: [string, string][] = response.headers.filter(([name]) => !OWN_HEADERS.has(name.toLowerCase())).map(([n, v]) => [n, v]);
  for (const cookie of response.setCookies) headers.push(['set-cookie', cookie]);
  headers.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  return `${lines.join('\n')}\n\n${response.body}`;
}
