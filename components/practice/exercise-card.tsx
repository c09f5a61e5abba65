import { InlineCode } from '@/components/lesson/inline-code';
import { Link } from '@/components/site/link';
import { findLesson } from '@/lib/course/course';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { checkCommand } from '@/lib/practice/commands';
import type { Exercise } from '@/lib/practice/exercises';
import { checkSpecsOf } from '@/lib/practice/grader';
import type { PracticeMessages } from '@/lib/i18n/messages/practice';
import { CheckPanel } from './check-panel';
import { PracticeMark } from './practice-mark';
import { ScrollablePre } from './scrollable-pre';
import { Card } from '@/components/ui/card';

/** One exercise on the practice page: statement, routes, hints, the command, what the checks verify, the checker. */
export function ExerciseCard({
  exercise,
  number,
  locale,
  strings,
}: {
  exercise: Exercise;
  number: number;
  locale: Locale;
  strings: PracticeMessages;
}) {
  const statement = exercise.statement[locale];
  const lesson = findLesson(exercise.lesson);
  const command = checkCommand(exercise, locale);
  const checks = checkSpecsOf(exercise.id);
  return (
    <Card as="section" aria-labelledby={`${exercise.id}-title`} id={exercise.id} variant="outline" className="scroll-mt-24 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${exercise.id}-title`} className="text-xl font-bold sm:text-2xl">
          {number}. {statement.title}
        </h2>
        <PracticeMark id={exercise.id} labels={{ passed: strings.passedMark, notPassed: strings.notPassedMark }} />
      </div>
      <p className="mt-1 text-sm text-muted dark:text-night-muted">
        <code className="font-mono">{exercise.id}</code>
        {lesson ? (
          <>
            {' · '}
            <Link href={`/${locale}/learn/${lesson.slug}#${exercise.anchor}`} className="text-accent underline dark:text-night-accent">
              {format(strings.lessonLink, { title: lesson.title[locale] })}
            </Link>
          </>
        ) : null}
      </p>
      <p className="mt-3 leading-relaxed">
        <InlineCode text={statement.task} />
      </p>
      <h3 className="mt-4 font-semibold">{strings.routesHeading}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {statement.routes.map((route) => (
          <li key={route}>
            <InlineCode text={route} />
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold">{strings.hintsHeading}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {statement.hints.map((hint) => (
          <li key={hint}>
            <InlineCode text={hint} />
          </li>
        ))}
      </ul>
      <details className="mt-4">
        <summary className="cursor-pointer font-semibold">
          {strings.checksHeading} ({checks.length})
        </summary>
        <ul className="mt-2 space-y-2 pl-1">
          {checks.map((check) => (
            <li key={check.title.en} className="text-sm">
              <span className="font-semibold">
                <InlineCode text={check.title[locale]} />
              </span>
              <br />
              <span className="text-muted dark:text-night-muted">
                <InlineCode text={check.expected[locale]} />
              </span>
            </li>
          ))}
        </ul>
      </details>
      <h3 className="mt-4 font-semibold">{strings.commandHeading}</h3>
      <ScrollablePre className="mt-1">
        <code>{command}</code>
      </ScrollablePre>
      <CheckPanel
        locale={locale}
        exercise={exercise.id}
        needsRedis={exercise.needsRedis === true}
        command={command}
        strings={strings.checker}
      />
    </Card>
  );
}
