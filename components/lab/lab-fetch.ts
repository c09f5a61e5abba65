'use client';

import type { Locale } from '@/lib/i18n/locales';

/** Fired on `window` (and to other tabs) after every lab request, so inspectors refresh at once. */
export const LAB_REQUEST_EVENT = 'pathshala:lab-request';
export const LAB_CHANNEL = 'pathshala-lab';

export function notifyLabRequest() {
  window.dispatchEvent(new Event(LAB_REQUEST_EVENT));
  try {
    const channel = new BroadcastChannel(LAB_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // Old browsers without BroadcastChannel still get polling.
  }
}

export interface LabResponse<T> {
  readonly ok: boolean;
  readonly status: number;
  readonly data: T | null;
  /** The API's localized error message, when it sent one. */
  readonly message: string | null;
}

/** A same-origin JSON call to the demo API in the learner's language; tells the inspectors afterwards. */
export async function labFetch<T>(locale: Locale, url: string, init: { method?: string; body?: unknown } = {}): Promise<LabResponse<T>> {
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { 'x-pathshala-locale': locale, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      cache: 'no-store',
    });
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : null;
    const message = response.ok ? null : ((json as { error?: { message?: string } } | null)?.error?.message ?? response.statusText);
    return { ok: response.ok, status: response.status, data: response.ok ? (json as T) : null, message };
  } catch (error) {
    return { ok: false, status: 0, data: null, message: error instanceof Error ? error.message : String(error) };
  } finally {
    notifyLabRequest();
  }
}
