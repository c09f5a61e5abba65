'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ClassOverview } from '@/lib/instructor/overview';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_HEADER } from '@/lib/http/locale-header';
import { useFoldedRefresh } from '@/components/ui/use-folded-refresh';
import { useServerEvents } from '@/components/ui/use-server-events';

/** How often the dashboard asks for fresh numbers while its stream cannot open, in ms. */
export const POLL_INTERVAL_MS = 1_500;

export type FeedStatus = 'live' | 'offline' | 'signed-out';

/**
 * The dashboard's one source of class data: the server's first paint, then one read of `GET
 * /api/instructor/overview` each time `/api/instructor/stream` says the store changed (at most
 * once a second: a login, a cart add, a student's report, a reset). It polls every 1.5 s only
 * while the stream cannot open. A change pushed while a read is on its way asks for one more read
 * after it, so none is lost.
 */
export function useClassOverview(initial: ClassOverview, locale: Locale) {
  const [overview, setOverview] = useState(initial);
  const [status, setStatus] = useState<FeedStatus>('live');

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/instructor/overview', { cache: 'no-store', headers: { [LOCALE_HEADER]: locale } });
      if (response.status === 401) {
        setStatus('signed-out');
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      setOverview((await response.json()) as ClassOverview);
      setStatus('live');
    } catch {
      setStatus('offline');
    }
  }, [locale]);

  const refresh = useFoldedRefresh(load);

  const { open: live } = useServerEvents({
    url: status === 'signed-out' ? null : '/api/instructor/stream',
    onEvent: () => void refresh(),
    onPoll: () => void refresh(),
    pollMs: POLL_INTERVAL_MS,
  });

  return { overview, status, refresh, live };
}

/**
 * The browser's clock, corrected once by the server's: idle times count on between refreshes
 * (and a test can move the clock), while a projector laptop whose clock is off by minutes
 * still shows the right ages.
 */
export function useServerNow(generatedAt: string): number {
  const [offset] = useState(() => Date.parse(generatedAt) - Date.now());
  const [now, setNow] = useState(() => Date.parse(generatedAt));
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [offset]);
  return now;
}
