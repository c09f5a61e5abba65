'use client';

import { useSyncExternalStore } from 'react';
import type { ExerciseId } from '@/lib/practice/exercises';
import { parsePracticeProgress, type PracticeProgress, PRACTICE_PROGRESS_EVENT, PRACTICE_PROGRESS_KEY } from '@/lib/practice/progress';

let cachedRaw: string | null | undefined;
let cached: PracticeProgress = {};

function read(): PracticeProgress {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(PRACTICE_PROGRESS_KEY);
  } catch {
    return {};
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parsePracticeProgress(raw);
  }
  return cached;
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(PRACTICE_PROGRESS_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(PRACTICE_PROGRESS_EVENT, onChange);
  };
}

/** Writes the marks and tells every subscriber, in this tab and (through `storage`) in the others. */
export function updatePracticeProgress(change: (progress: PracticeProgress) => PracticeProgress): void {
  try {
    window.localStorage.setItem(PRACTICE_PROGRESS_KEY, JSON.stringify(change(read())));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(PRACTICE_PROGRESS_EVENT));
}

/** Whether an exercise has passed; re-renders only when that changes. */
export function usePracticePassed(id: ExerciseId): boolean {
  return useSyncExternalStore(
    subscribe,
    () => id in read(),
    () => false,
  );
}

/** How many of these exercises have passed. */
export function usePracticePassedCount(ids: readonly ExerciseId[]): number {
  return useSyncExternalStore(
    subscribe,
    () => ids.filter((id) => id in read()).length,
    () => 0,
  );
}
