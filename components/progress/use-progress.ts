'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, parseProgress, type Progress, PROGRESS_EVENT, PROGRESS_KEY } from '@/lib/course/progress';

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

/** Writes the learner's progress and tells every subscriber, in this tab and (through `storage`) in the others. */
export function updateProgress(change: (progress: Progress) => Progress): void {
  try {
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(change(read())));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(PROGRESS_EVENT));
}

/**
 * One value derived from the learner's progress (a flag, a count, a slug). A component
 * re-renders only when its value changes, so recording a visit, which every lesson does as
 * it opens, re-renders none of the outline's marks. The value must compare with `Object.is`:
 * a primitive, not a fresh object.
 */
export function useProgressValue<T>(select: (progress: Progress) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(read()),
    () => select(emptyProgress),
  );
}
