'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { emptyProgress, parseProgress, type Progress, PROGRESS_EVENT, PROGRESS_KEY } from '@/lib/progress';

let cachedRaw: string | null | undefined;
let cached: Progress = emptyProgress;

function read(): Progress {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return emptyProgress;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseProgress(raw);
  }
  return cached;
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(PROGRESS_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(PROGRESS_EVENT, onChange);
  };
}

/** The learner's progress from localStorage, shared by every component and every tab. */
export function useProgress(): [Progress, (update: (progress: Progress) => Progress) => void] {
  const progress = useSyncExternalStore(subscribe, read, () => emptyProgress);
  const update = useCallback((change: (progress: Progress) => Progress) => {
    try {
      window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(change(read())));
    } catch {
      return;
    }
    window.dispatchEvent(new Event(PROGRESS_EVENT));
  }, []);
  return [progress, update];
}
