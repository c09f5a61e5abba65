'use client';

import { TextIcon } from '@/components/ui/icon';
import { format } from '@/lib/i18n/format';
import type { ExerciseId } from '@/lib/practice/exercises';
import { usePracticePassed, usePracticePassedCount } from './use-practice-progress';

/** "Passed ✓" once the in-site checker passed this exercise in this browser. */
export function PracticeMark({ id, labels }: { id: ExerciseId; labels: { passed: string; notPassed: string } }) {
  const passed = usePracticePassed(id);
  return passed ? (
    <span className="inline-flex items-center gap-1 rounded-full bg-green-700 px-2.5 py-0.5 text-sm font-semibold text-white dark:bg-green-400 dark:text-night">
      <TextIcon name="check" /> {labels.passed}
    </span>
  ) : (
    <span className="rounded-full border border-line px-2.5 py-0.5 text-sm text-muted dark:border-night-line dark:text-night-muted">
      {labels.notPassed}
    </span>
  );
}

/** "3 of 9 exercises passed". */
export function PracticeCount({ ids, template }: { ids: readonly ExerciseId[]; template: string }) {
  const done = usePracticePassedCount(ids);
  return <p className="mt-4 font-semibold">{format(template, { done, total: ids.length })}</p>;
}
