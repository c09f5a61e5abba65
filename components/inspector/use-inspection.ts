'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { InspectView } from '@/lib/inspector/view';
import { diffEntries, type EntryDiff, noDiff } from '@/lib/inspector/store-diff';
import { onLabRequest } from '@/components/demos/lab-fetch';
import { useFoldedRefresh } from '@/components/ui/use-folded-refresh';
import { useServerEvents } from '@/components/ui/use-server-events';
import { yieldToMain } from '@/components/ui/yield-to-main';

export interface Inspection {
  readonly view: InspectView | null;
  readonly diff: EntryDiff;
  readonly failed: boolean;
  /** Whether the last change was the browser forgetting its cookie (the entry stays in the store). */
  readonly forgotten: boolean;
  readonly refresh: () => void;
  /** Whether the server's stream is open, so changes arrive without a poll. */
  readonly live: boolean;
  /** Called as an experiment starts, so the change it makes is told apart from a logout's. */
  readonly markExperiment: (key: string) => void;
}

/** How often the inspector polls, only while its stream cannot open. */
const POLL_MS = 2000;
/** The longest a timer may wait (setTimeout's limit is about 24.8 days). */
const MAX_TIMER_MS = 2_000_000_000;

/**
 * The server's view of this browser from `GET /api/inspect` (read-only), read again after
 * every lab request in this tab, when another tab reports one, when the server pushes a change
 * (`/api/inspect/stream`: a curl, another device, another instance, an expiry), and once when
 * the entry's expiry passes. It polls only while the stream cannot open.
 */
export function useInspection(): Inspection {
  const [view, setView] = useState<InspectView | null>(null);
  const [diff, setDiff] = useState<EntryDiff>(noDiff);
  const [failed, setFailed] = useState(false);
  const lastEntry = useRef<string | null | undefined>(undefined);
  const lastDiffBase = useRef<InspectView['entry']>(null);
  const lastText = useRef<string | null>(null);
  const [forgotten, setForgotten] = useState(false);
  const pendingExperiment = useRef<string | null>(null);

  const load = useCallback(async () => {
    await yieldToMain();
    try {
      const response = await fetch('/api/inspect', { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      // Polling mostly finds nothing new: then nothing re-renders (a projector runs this all lesson).
      if (text === lastText.current) return;
      lastText.current = text;
      const next = JSON.parse(text) as InspectView;
      const serialized = JSON.stringify(next.entry);
      const changed = lastEntry.current !== undefined && serialized !== lastEntry.current;
      const forgottenNow = next.entry === null && pendingExperiment.current === 'forget';
      if (changed && next.entry === null) pendingExperiment.current = null;
      const base = lastDiffBase.current;
      if (serialized !== lastEntry.current) lastDiffBase.current = next.entry;
      lastEntry.current = serialized;
      // The panel's re-render is the biggest on a lab page: as a transition React renders it in
      // slices, so a tap on the demo is never held behind it.
      startTransition(() => {
        // The highlight compares with the entry as it was before the last change, not the last poll.
        if (changed) {
          setDiff(diffEntries(base, next.entry));
          // With no cookie left, a logout and a "forget" look alike to the server; only the page
          // knows which it was. An experiment's change is the entry going away: a read that
          // brings an earlier change (a cart add still on its way) leaves the mark for it.
          setForgotten(forgottenNow);
        }
        setView(next);
        setFailed(false);
      });
    } catch {
      // Forget the last answer, so the first good one after a failure clears the failure.
      lastText.current = null;
      setFailed(true);
    }
  }, []);

  // A page's first requests (cart, who am I, activity) each announce themselves at once: while
  // one read is on its way, later calls ask for one more read after it, not one each.
  const refresh = useFoldedRefresh(load);

  // One stream per cookie: it watches the session the cookie names, so a new cookie (a login
  // elsewhere, a logout, an experiment) opens a new one. None opens before the first read.
  const streamKey = view === null ? null : (view.sessionCookie.value ?? 'none');
  const { open: live, openRef: streamOpen } = useServerEvents({
    url: streamKey === null ? null : '/api/inspect/stream',
    key: streamKey ?? undefined,
    onEvent: () => void refresh(),
    onPoll: () => void refresh(),
    pollMs: POLL_MS,
  });

  // While the stream is open on a session, the server tells of every request that reached it
  // (this tab's too), so only experiments, which change the cookie behind the engine's back,
  // need a read of their own. Without a stream, or without a session to watch yet (the request
  // may be the one creating it), every lab request does.
  useEffect(() => {
    void refresh();
    return onLabRequest((kind) => {
      const watching = streamOpen.current && lastEntry.current !== undefined && lastEntry.current !== 'null';
      if (kind === 'experiment' || !watching) void refresh();
    });
  }, [refresh, streamOpen]);

  // The store drops an idle entry at its expiry without a request: read once when it passes.
  const expires = view?.entry?.cookie.expires;
  useEffect(() => {
    if (typeof expires !== 'string') return;
    const wait = Date.parse(expires) - Date.now();
    if (!(wait > 0) || wait > MAX_TIMER_MS) return;
    const timer = window.setTimeout(() => void refresh(), wait + 500);
    return () => window.clearTimeout(timer);
  }, [expires, refresh]);

  const markExperiment = useCallback((key: string) => {
    pendingExperiment.current = key;
  }, []);

  return { view, diff, failed, forgotten, live, refresh: () => void refresh(), markExperiment };
}
