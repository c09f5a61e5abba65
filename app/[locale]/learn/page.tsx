import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { InlineCode } from '@/components/lesson/inline-code';
import { CourseProgress, DoneMark } from '@/components/progress/course-progress';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { readingMinutes } from '@/lib/course/outline';
import { siteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { publicPageMetadata } from '@/lib/site/page-metadata';
import { SaveCourse } from '@/components/offline/save-course';
import { offlineMessages } from '@/lib/i18n/messages/offline';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return publicPageMetadata(locale, '/learn');
}

export default async function LessonIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'hi-latn';
  const dict = siteMessages(locale);
  const published = publishedSlugs();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{dict.learn.indexTitle}</h1>
      <p className="mt-3 text-lg text-muted dark:text-night-muted">{dict.learn.indexLead}</p>
      <div className="mt-8 max-w-sm">
        <CourseProgress slugs={course.map((lesson) => lesson.slug)} labels={dict.progress} />
      </div>
      <ol className="mt-6 space-y-4">
        {course.map((lesson, index) => {
          const source = published.includes(lesson.slug) ? readLessonSource(locale, lesson.slug) : null;
          return (
            <li key={lesson.slug} className="flex gap-4">
              <span
                aria-hidden="true"
                className={`grid size-10 shrink-0 place-items-center rounded-full font-mono font-bold ${source ? 'bg-accent text-white dark:bg-night-accent dark:text-night' : 'border border-line text-muted dark:border-night-line dark:text-night-muted'}`}
              >
                {index + 1}
              </span>
              <div className="min-w-0">
                <h2 className="text-lg font-bold">
                  {source ? (
                    <Link
                      href={`/${locale}/learn/${lesson.slug}`}
                      className="hover:text-accent hover:underline dark:hover:text-night-accent"
                    >
                      <span className="sr-only">
                        {dict.learn.lesson} {index + 1}:{' '}
                      </span>
                      {lesson.title[locale]}
                    </Link>
                  ) : (
                    <span className="text-muted dark:text-night-muted">{lesson.title[locale]}</span>
                  )}
                  <DoneMark slug={lesson.slug} label={dict.progress.doneMark} className="ml-2" />
                </h2>
                <p className="text-muted dark:text-night-muted">
                  <InlineCode text={lesson.summary[locale]} />
                </p>
                <p className="mt-1 text-sm font-medium text-muted dark:text-night-muted">
                  {source ? format(dict.learn.minutesRead, { minutes: readingMinutes(source) }) : dict.learn.comingSoon}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <SaveCourse paths={published.map((slug) => `/${locale}/learn/${slug}`)} labels={offlineMessages(locale).save} />
    </main>
  );
}
