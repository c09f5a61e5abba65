'use client';

import { useEffect, useRef } from 'react';
import { onSessionChange } from './lab-fetch';

/**
 * Runs `reload` whenever what a demo shows may no longer be the server's truth: after an
 * inspector experiment, after a change in another tab, and when the tab comes back into view
 * (the instructor's "Expire all" or another device tells no one).
 */
export function useServerTruth(reload: () => void) {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(() => {
    const run = () => latest.current();
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    const unsubscribe = onSessionChange(run);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', run);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', run);
    };
  }, []);
}
