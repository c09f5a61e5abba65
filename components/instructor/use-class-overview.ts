'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClassOverview } from '@/lib/instructor/overview';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_HEADER } from '@/lib/http/locale-header';

/** How often the dashboard asks for fresh numbers, in ms. */
export const POLL_INTERVAL_MS = 1_500;

export type FeedStatus = 'live' | 'offline' | 'signed-out';

/**
 * The dashboard's one source of class data: the server's first paint, then `GET
 * /api/instructor/overview` every 1.5 s, one request at a time. Everything the dashboard shows
 * comes through here, so moving it to a push stream changes this hook and nothing else.
 */
export function useClassOverview(initial: ClassOverview, locale: Locale) {
  const [overview, setOverview] = useState(initial);
  const [status, setStatus] = useState<FeedStatus>('live');
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
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
    } finally {
      inFlight.current = false;
    }
  }, [locale]);

  useEffect(() => {
    const timer = setInterval(() => void refresh(), POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return { overview, status, refresh };
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
