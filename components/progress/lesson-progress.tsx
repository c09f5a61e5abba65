'use client';

import { useEffect, useState } from 'react';
import { QUIZ_COMPLETE_EVENT } from '@/components/lesson/quiz';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { isQuizPassed, markDone, markNotDone, visit } from '@/lib/course/progress';
import { updateProgress, useProgressValue } from './use-progress';
import { TextIcon } from '@/components/ui/icon';
import { Card } from '@/components/ui/card';

/** Remembers the visit, marks the lesson done when its quiz is passed, and offers a manual toggle. */
export function LessonProgress({ slug, labels }: { slug: string; labels: SiteMessages['progress'] }) {
  const done = useProgressValue((progress) => slug in progress.done);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    updateProgress((current) => visit(current, slug, new Date()));
  }, [slug]);

  useEffect(() => {
    function onQuiz(event: Event) {
      const { score, total } = (event as CustomEvent<{ score: number; total: number }>).detail;
      if (!isQuizPassed(score, total)) return;
      updateProgress((current) => markDone(current, slug, new Date()));
      setAnnouncement(labels.quizPassed);
    }
    document.addEventListener(QUIZ_COMPLETE_EVENT, onQuiz);
    return () => document.removeEventListener(QUIZ_COMPLETE_EVENT, onQuiz);
  }, [slug, labels.quizPassed]);

  return (
    <Card variant="outline" className="mt-10 flex flex-wrap items-center gap-3" data-print-hide>
      <button
        type="button"
        aria-pressed={done}
        onClick={() => updateProgress((current) => (done ? markNotDone(current, slug) : markDone(current, slug, new Date())))}
        className={`min-h-11 rounded-lg px-4 py-2 font-semibold ${done ? 'bg-green-700 text-white dark:bg-green-400 dark:text-night' : 'border border-line hover:bg-accent-soft dark:border-night-line dark:hover:bg-night-2'}`}
      >
        {done ? (
          <>
            {labels.isDone} <TextIcon name="check" />
          </>
        ) : (
          labels.markDone
        )}
      </button>
      <p className="text-sm text-muted dark:text-night-muted">{labels.storedLocally}</p>
      <p role="status" aria-live="polite" className="w-full text-sm font-semibold empty:hidden">
        {announcement}
      </p>
    </Card>
  );
}
