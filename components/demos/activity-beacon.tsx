'use client';

import { useEffect } from 'react';
import { notifyLabRequest } from './lab-fetch';
import { whenIdle } from '@/components/ui/yield-to-main';

/**
 * Tells the activity demo that this page was visited. The server records it only when the
 * browser already has a session, so reading lessons never creates one.
 */
export function ActivityBeacon({ title }: { title: string }) {
  // Nothing on the page waits for it: it goes once the page's own first work is done.
  useEffect(
    () =>
      whenIdle(() => {
        const body = JSON.stringify({ path: window.location.pathname, title: title.slice(0, 120) });
        void fetch('/api/demo/activity', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true })
          .then(() => notifyLabRequest())
          .catch(() => undefined);
      }),
    [title],
  );
  return null;
}
