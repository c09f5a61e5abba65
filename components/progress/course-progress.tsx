'use client';

import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import { doneCount } from '@/lib/course/progress';
import { useProgressValue } from './use-progress';
import { TextIcon } from '@/components/ui/icon';

/** "3 of 13 lessons done" with a bar, for the course sidebar. */
export function CourseProgress({ slugs, labels }: { slugs: readonly string[]; labels: SiteMessages['progress'] }) {
  const done = useProgressValue((progress) => doneCount(progress, slugs));
  const text = format(labels.summary, { done, total: slugs.length });
  return (
    <div className="mb-4" data-testid="course-progress">
      <p className="text-sm font-semibold">{text}</p>
      <progress
        value={done}
        max={slugs.length}
        aria-label={text}
        className="mt-1.5 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-line dark:[&::-webkit-progress-bar]:bg-night-line [&::-webkit-progress-value]:bg-accent dark:[&::-webkit-progress-value]:bg-night-accent"
      />
    </div>
  );
}

/** A check mark beside a finished lesson in an outline (the sidebar, the lesson index, the phone menu). */
export function DoneMark({ slug, label, className = 'ml-auto' }: { slug: string; label: string; className?: string }) {
  const done = useProgressValue((progress) => slug in progress.done);
  if (!done) return null;
  return (
    <span className={`${className} text-green-700 dark:text-green-400`} data-testid={`done-${slug}`}>
      <TextIcon name="check" />
      <span className="sr-only"> ({label})</span>
    </span>
  );
}
