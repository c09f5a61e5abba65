import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_HEADER } from '@/lib/http/locale-header';
import { yieldToMain } from './yield-to-main';

/** What a call to the site's API came back with; a call that never reached it has status 0. */
export interface ApiResponse<T> {
  readonly ok: boolean;
  readonly status: number;
  /** The parsed JSON body of a 2xx answer, else null. */
  readonly data: T | null;
  /** The API's localized error message, else the status text or the network error; null when ok. */
  readonly message: string | null;
}

export interface ApiRequest {
  /** @default 'GET' */
  readonly method?: string;
  /** Sent as JSON when present. */
  readonly body?: unknown;
}

/** The `message` of the API's error body (`{ error: { message } }`), when it sent one. */
function errorMessage(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const { error } = json;
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}

/**
 * A same-origin JSON call to the site's API with its messages in the learner's language (the
 * locale header). Never cached and never throws: a failure comes back as `ok: false` with a
 * message to show.
 */
export async function apiFetch<T>(locale: Locale, url: string, init: ApiRequest = {}): Promise<ApiResponse<T>> {
  const hasBody = init.body !== undefined;
  // A page's first effects call this several times in one task: give each call its own.
  await yieldToMain();
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { [LOCALE_HEADER]: locale, ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      body: hasBody ? JSON.stringify(init.body) : undefined,
      cache: 'no-store',
    });
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : null;
    if (response.ok) return { ok: true, status: response.status, data: json as T, message: null };
    return { ok: false, status: response.status, data: null, message: errorMessage(json) ?? response.statusText };
  } catch (error) {
    return { ok: false, status: 0, data: null, message: error instanceof Error ? error.message : String(error) };
  }
}
