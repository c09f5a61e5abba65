'use client';

import { apiFetch, type ApiRequest, type ApiResponse } from '@/components/ui/api-fetch';
import type { Locale } from '@/lib/i18n/locales';

/** Fired on `window` (and to other tabs) after every lab request, so inspectors refresh at once. */
const LAB_REQUEST_EVENT = 'pathshala:lab-request';
const LAB_CHANNEL = 'pathshala-lab';

/** The channel this tab's listeners hear other tabs on, open while any listener is. */
let shared: BroadcastChannel | null = null;
let listeners = 0;

/** Tells this tab's listeners (the window event) and the other tabs' (the channel). */
export function notifyLabRequest() {
  window.dispatchEvent(new Event(LAB_REQUEST_EVENT));
  // A channel never hears its own messages: posting on the shared one reaches the other tabs
  // without this tab's listeners hearing the request a second time.
  if (shared) {
    shared.postMessage('changed');
    return;
  }
  try {
    const channel = new BroadcastChannel(LAB_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // Old browsers without BroadcastChannel still get polling.
  }
}

/** Calls `listener` after every lab request, in this tab or another; returns the unsubscribe. */
export function onLabRequest(listener: () => void): () => void {
  window.addEventListener(LAB_REQUEST_EVENT, listener);
  if (!shared) {
    try {
      shared = new BroadcastChannel(LAB_CHANNEL);
    } catch {
      shared = null;
    }
  }
  listeners += 1;
  const channel = shared;
  channel?.addEventListener('message', listener);
  return () => {
    window.removeEventListener(LAB_REQUEST_EVENT, listener);
    channel?.removeEventListener('message', listener);
    listeners -= 1;
    if (listeners === 0 && shared) {
      shared.close();
      shared = null;
    }
  };
}

/** A call to the demo API through `apiFetch`; afterwards the inspectors, here and in other tabs, refresh. */
export async function labFetch<T>(locale: Locale, url: string, init: ApiRequest = {}): Promise<ApiResponse<T>> {
  const response = await apiFetch<T>(locale, url, init);
  notifyLabRequest();
  return response;
}
