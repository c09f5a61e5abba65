'use client';

import { apiFetch, type ApiRequest, type ApiResponse } from '@/components/ui/api-fetch';
import type { Locale } from '@/lib/i18n/locales';

/** Fired on `window` (and to other tabs) after every lab request, so inspectors refresh at once. */
const LAB_REQUEST_EVENT = 'pathshala:lab-request';
const LAB_CHANNEL = 'pathshala-lab';

/**
 * What a lab request did. `read` changed nothing; `write` may have changed the session (the tab
 * that sent it already shows its answer); `experiment` changed the cookie or the store behind
 * the demo's back, so every demo, in this tab too, must read the server's truth again.
 */
export type LabRequestKind = 'read' | 'write' | 'experiment';

function kindOf(data: unknown): LabRequestKind {
  return data === 'read' || data === 'experiment' ? data : 'write';
}

/** The channel this tab's listeners hear other tabs on, open while any listener is. */
let shared: BroadcastChannel | null = null;
let listeners = 0;

/** Tells this tab's listeners (the window event) and the other tabs' (the channel). */
export function notifyLabRequest(kind: LabRequestKind = 'write') {
  window.dispatchEvent(new CustomEvent<LabRequestKind>(LAB_REQUEST_EVENT, { detail: kind }));
  // A channel never hears its own messages: posting on the shared one reaches the other tabs
  // without this tab's listeners hearing the request a second time.
  if (shared) {
    shared.postMessage(kind);
    return;
  }
  try {
    const channel = new BroadcastChannel(LAB_CHANNEL);
    channel.postMessage(kind);
    channel.close();
  } catch {
    // Old browsers without BroadcastChannel still get polling.
  }
}

/** Calls `listener` after every lab request, in this tab or another; returns the unsubscribe. */
function subscribe(onHere: (kind: LabRequestKind) => void, onOtherTab: (kind: LabRequestKind) => void): () => void {
  const here = (event: Event) => onHere(kindOf((event as CustomEvent<unknown>).detail));
  const there = (event: MessageEvent<unknown>) => onOtherTab(kindOf(event.data));
  window.addEventListener(LAB_REQUEST_EVENT, here);
  if (!shared) {
    try {
      shared = new BroadcastChannel(LAB_CHANNEL);
    } catch {
      shared = null;
    }
  }
  listeners += 1;
  const channel = shared;
  channel?.addEventListener('message', there);
  return () => {
    window.removeEventListener(LAB_REQUEST_EVENT, here);
    channel?.removeEventListener('message', there);
    listeners -= 1;
    if (listeners === 0 && shared) {
      shared.close();
      shared = null;
    }
  };
}

/** Calls `listener` after every lab request, in this tab or another, with its kind; returns the unsubscribe. */
export function onLabRequest(listener: (kind: LabRequestKind) => void): () => void {
  return subscribe(listener, listener);
}

/**
 * Calls `listener` when the session may have changed behind this tab's demos: an experiment
 * here, or any change in another tab. Reads never count, so demos that re-read on this never
 * set each other off.
 */
export function onSessionChange(listener: () => void): () => void {
  return subscribe(
    (kind) => {
      if (kind === 'experiment') listener();
    },
    (kind) => {
      if (kind !== 'read') listener();
    },
  );
}

/** A call to the demo API through `apiFetch`; afterwards the inspectors, here and in other tabs, refresh. */
export async function labFetch<T>(locale: Locale, url: string, init: ApiRequest = {}): Promise<ApiResponse<T>> {
  const response = await apiFetch<T>(locale, url, init);
  notifyLabRequest((init.method ?? 'GET') === 'GET' ? 'read' : 'write');
  return response;
}
