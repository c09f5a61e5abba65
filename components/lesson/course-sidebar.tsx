import { Link } from '@/components/site/link';
import { CourseProgress, DoneMark } from '@/components/progress/course-progress';
import { course } from '@/lib/course/course';
import { siteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';

/** The course outline beside a lesson; lessons not yet written are listed but not linked. */
export function CourseSidebar({ locale, current, published }: { locale: Locale; current: string; published: readonly string[] }) {
  const dict = siteMessages(locale);
  return (
    <nav aria-label={dict.learn.outline} className="hidden lg:block" data-print-hide>
      <div className="sticky top-24">
        <CourseProgress slugs={course.map((lesson) => lesson.slug)} labels={dict.progress} />
        <h2 className="text-xs font-semibold tracking-wider text-muted uppercase dark:text-night-muted">{dict.learn.outline}</h2>
        <ol className="mt-3 space-y-0.5 text-sm">
          {course.map((lesson, index) => {
            const isCurrent = lesson.slug === current;
            const isPublished = published.includes(lesson.slug);
            const body = (
              <>
                <span className="w-5 shrink-0 text-right font-mono text-xs tabular-nums">{index + 1}</span>
                <span>{lesson.title[locale]}</span>
              </>
            );
            return (
              <li key={lesson.slug}>
                {isPublished ? (
                  <Link
                    href={`/${locale}/learn/${lesson.slug}`}
                    aria-current={isCurrent ? 'page' : undefined}
                    className={`flex gap-2 rounded-md px-2 py-1.5 ${isCurrent ? 'bg-accent-soft font-semibold text-accent dark:bg-night-2 dark:text-night-accent' : 'hover:bg-accent-soft dark:hover:bg-night-2'}`}
                  >
                    {body}
                    <DoneMark slug={lesson.slug} label={dict.progress.doneMark} />
                  </Link>
                ) : (
                  <span className="flex gap-2 px-2 py-1.5 text-muted dark:text-night-muted" title={dict.learn.comingSoon}>
                    {body}
                    <span className="sr-only"> ({dict.learn.comingSoon})</span>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
