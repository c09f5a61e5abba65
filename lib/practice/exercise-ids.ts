/*
 * The exercise ids on their own, so client code (progress marks) can name them without
 * bundling every statement in both languages.
 */

/** Exercise ids, in course order (the order of the lessons they belong to). */
export const exerciseIds = [
  'seed-app',
  'no-empty-sessions',
  'cookie-flags',
  'login',
  'logout',
  'cart',
  'parallel-cart',
  'activity',
  'redis-store',
] as const;

export type ExerciseId = (typeof exerciseIds)[number];

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (exerciseIds as readonly string[]).includes(value);
}
