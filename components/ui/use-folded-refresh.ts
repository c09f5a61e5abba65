'use client';

import { useCallback, useRef } from 'react';

/**
 * Wraps a read so that calls never overlap: a call made while a read is on its way asks for one
 * more read after it (not one each), so a burst of change events costs at most two reads and the
 * last change is never missed.
 */
export function useFoldedRefresh(load: () => Promise<void>): () => Promise<void> {
  const busy = useRef(false);
  const again = useRef(false);
  return useCallback(async () => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    try {
      do {
        again.current = false;
        await load();
      } while (again.current);
    } finally {
      busy.current = false;
    }
  }, [load]);
}
