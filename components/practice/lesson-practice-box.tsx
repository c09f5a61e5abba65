import { Link } from '@/components/site/link';
import type { Locale } from '@/lib/i18n/locales';
import { exercisesOfLesson } from '@/lib/practice/exercises';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import { PracticeMark } from './practice-mark';

/**
 * "Ab aap banaiye" / "Now you build it" at the end of a lesson with exercises: the link is
 * made from the exercise list, so no lesson file has to carry it. Renders nothing otherwise.
 */
export function LessonPracticeBox({ slug, locale }: { slug: string; locale: Locale }) {
  const exercises = exercisesOfLesson(slug);
  if (exercises.length === 0) return null;
  const strings = practiceMessages(locale);
  return (
    <section
      aria-labelledby="now-you-build-it"
      className="mt-10 rounded-xl border-2 border-accent p-4 sm:p-6 dark:border-night-accent"
      data-print-hide
    >
      <h2 id="now-you-build-it" className="text-xl font-bold">
        {strings.lessonBox.heading}
      </h2>
      <p className="mt-1">{strings.lessonBox.lead}</p>
      <ul className="mt-3 space-y-2">
        {exercises.map((exercise) => (
          <li key={exercise.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/${locale}/practice#${exercise.id}`} className="font-semibold text-accent underline dark:text-night-accent">
              {exercise.statement[locale].title}
            </Link>
            <code className="font-mono text-sm text-muted dark:text-night-muted">{exercise.id}</code>
            <PracticeMark id={exercise.id} labels={{ passed: strings.passedMark, notPassed: strings.notPassedMark }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
