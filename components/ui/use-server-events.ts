'use client';

import { useEffect, useRef, useState } from 'react';

/** How long a stream the browser gave up on waits before it is tried again, in ms. */
const REOPEN_MS = 15_000;

export interface ServerEventsOptions {
  /** The stream's URL; nothing opens while it is null. */
  readonly url: string | null;
  /** Opens a new stream whenever this changes (e.g. the browser's cookie did). */
  readonly key?: string;
  /** The event names to hear (`changed` when not given). */
  readonly events?: readonly string[];
  /** Called with each event's name and parsed data. */
  readonly onEvent: (name: string, data: unknown) => void;
  /** Called every `pollMs` while the page is visible and the stream is not open: the fallback. */
  readonly onPoll: () => void;
  readonly pollMs: number;
}

/**
 * Listens to a Server-Sent Events stream (`EventSource`) while the page is visible: one
 * long-lived connection instead of a poll. The browser reconnects by itself and sends `Last-Event-ID`, so the server can tell a
 * reconnected page what it missed. Wherever the stream cannot open (no `EventSource`, a refusal,
 * a proxy that buffers), the page polls instead, and stops as soon as the stream opens again.
 */
export function useServerEvents({ url, key, events = ['changed'], onEvent, onPoll, pollMs }: ServerEventsOptions): {
  /** Whether the stream is open (for rendering). */
  readonly open: boolean;
  /** The same, current in event handlers. */
  readonly openRef: { readonly current: boolean };
} {
  const [openState, setOpenState] = useState(false);
  const handlers = useRef({ onEvent, onPoll });
  /** Whether the stream is open now (read it in handlers, not while rendering). */
  const isOpen = useRef(false);
  useEffect(() => {
    handlers.current = { onEvent, onPoll };
  });
  const names = events.join(' ');

  useEffect(() => {
    if (url === null) return;
    let source: EventSource | null = null;
    let open = false;
    const setOpen = (value: boolean) => {
      open = value;
      isOpen.current = value;
      setOpenState(value);
    };
    let poll: number | undefined;
    let reopen: number | undefined;
    let stopped = false;

    const startPolling = () => {
      if (poll !== undefined) return;
      poll = window.setInterval(() => {
        if (!open && document.visibilityState === 'visible') handlers.current.onPoll();
      }, pollMs);
    };
    const stopPolling = () => {
      window.clearInterval(poll);
      poll = undefined;
    };
    const connect = () => {
      if (stopped) return;
      if (typeof EventSource === 'undefined') {
        startPolling();
        return;
      }
      source = new EventSource(url);
      source.onopen = () => {
        setOpen(true);
        stopPolling();
      };
      source.onerror = () => {
        setOpen(false);
        startPolling();
        // CLOSED: the browser will not retry by itself (a refusal); try again later.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          source = null;
          window.clearTimeout(reopen);
          reopen = window.setTimeout(connect, REOPEN_MS);
        }
      };
      for (const name of names.split(' ')) {
        source.addEventListener(name, (event) => {
          let data: unknown = null;
          try {
            data = JSON.parse((event as MessageEvent<string>).data);
          } catch {
            data = null;
          }
          handlers.current.onEvent(name, data);
        });
      }
    };
    // A hidden tab holds no stream (a browser allows six connections to one HTTP/1.1 server,
    // so six background tabs would starve the seventh); it reads once when it is shown again.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        window.clearTimeout(reopen);
        source?.close();
        source = null;
        setOpen(false);
      } else if (source === null && !stopped) {
        connect();
        handlers.current.onPoll();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    if (document.visibilityState !== 'hidden') connect();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      setOpen(false);
      source?.close();
      stopPolling();
      window.clearTimeout(reopen);
    };
  }, [url, key, names, pollMs]);
  return { open: openState, openRef: isOpen };
}
