import { type ExerciseId, isExerciseId } from './exercise-ids';

/**
 * Which practice exercises the learner's app has passed in the in-site checker, kept in
 * localStorage next to lesson progress (`pathshala.progress`) and, like it, never in a cookie.
 * A key of its own, so that lesson progress and practice marks never overwrite each other.
 */
export const PRACTICE_PROGRESS_KEY = 'pathshala.practice';
export const PRACTICE_PROGRESS_EVENT = 'pathshala:practice';

/** Exercise id → when it last passed (ISO time). */
export type PracticeProgress = Readonly<Partial<Record<ExerciseId, string>>>;

/** Reads stored marks, dropping anything malformed (storage is user-editable). */
export function parsePracticeProgress(raw: string | null): PracticeProgress {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const clean: Partial<Record<ExerciseId, string>> = {};
    for (const [id, at] of Object.entries(value)) if (isExerciseId(id) && typeof at === 'string') clean[id] = at;
    return clean;
  } catch {
    return {};
  }
}

export function markPassed(progress: PracticeProgress, ids: readonly ExerciseId[], at: Date): PracticeProgress {
  return { ...progress, ...Object.fromEntries(ids.map((id) => [id, at.toISOString()])) };
}
