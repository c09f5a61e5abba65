'use client';

import { useEffect } from 'react';
import { notifyLabRequest } from './lab-fetch';
import { yieldToMain } from '@/components/ui/yield-to-main';

/**
 * Tells the activity demo that this page was visited. The server records it only when the
 * browser already has a session, so reading lessons never creates one.
 */
export function ActivityBeacon({ title }: { title: string }) {
  useEffect(() => {
    // One task later, not in the page's first task of effects; not "when idle" either: a late
    // beacon would land among the learner's first taps and show up in the inspector as theirs.
    let cancelled = false;
    void yieldToMain().then(() => {
      if (cancelled) return;
      const body = JSON.stringify({ path: window.location.pathname, title: title.slice(0, 120) });
      void fetch('/api/demo/activity', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true })
        .then(() => notifyLabRequest())
        .catch(() => undefined);
    });
    return () => {
      cancelled = true;
    };
  }, [title]);
  return null;
}
