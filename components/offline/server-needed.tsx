'use client';

import { useSyncExternalStore } from 'react';
import type { OfflineMessages } from '@/lib/i18n/messages/offline';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Says, while the browser is offline, that the labs and the inspector need the server and work
 * again when it is back. Nothing shows while online; it goes away by itself when the connection returns.
 */
export function ServerNeeded({ labels }: { labels: OfflineMessages['serverNeeded'] }) {
  const offline = useSyncExternalStore(
    subscribe,
    () => !navigator.onLine,
    () => false,
  );
  return (
    <div role="status" data-testid="server-needed">
      {offline ? (
        <div className="mb-4 rounded-lg border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-night-accent dark:bg-night-2 dark:text-night-ink">
          <p className="font-semibold">{labels.title}</p>
          <p className="mt-1 text-sm">{labels.body}</p>
        </div>
      ) : null}
    </div>
  );
}
