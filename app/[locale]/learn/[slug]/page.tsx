import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import { CourseSidebar } from '@/components/lesson/course-sidebar';
import { ActivityBeacon } from '@/components/demos/activity-beacon';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { SectionLinkLanding } from '@/components/lesson/section-link-landing';
import { LessonProgress } from '@/components/progress/lesson-progress';
import { LessonPracticeBox } from '@/components/practice/lesson-practice-box';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { lessonComponents } from '@/mdx-components';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { course, findLesson, neighbours } from '@/lib/course/course';
import { lessonOutline, readingMinutes } from '@/lib/course/outline';
import { siteMessages } from '@/lib/i18n/messages/site';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { format } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import type { MDXComponents } from 'mdx/types';
import { cardClass } from '@/components/ui/card';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return publishedSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !findLesson(slug)) return {};
  return publicPageMetadata(locale, `/learn/${slug}`);
}

export default async function LessonPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const lesson = findLesson(slug);
  const source = isLocale(locale) ? readLessonSource(locale, slug) : null;
  if (!isLocale(locale) || !lesson || source === null) notFound();

  const dict = siteMessages(locale);
  const { default: Content } = (await import(`@/content/${locale}/${slug}.mdx`)) as {
    default: ComponentType<{ components?: MDXComponents }>;
  };
  const published = publishedSlugs();
  const { previous, next } = neighbours(slug, published);
  const outline = lessonOutline(source);
  const number = course.findIndex((entry) => entry.slug === slug) + 1;

  return (
    <div className="mx-auto grid max-w-7xl gap-10 px-4 py-8 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <CourseSidebar locale={locale} current={slug} published={published} />
      <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
        <article>
          <header className="mb-8">
            <nav aria-label={dict.learn.breadcrumb} className="text-sm text-muted dark:text-night-muted">
              <Link href={`/${locale}/learn`} className="hover:underline">
                {dict.nav.learn}
              </Link>
              <span aria-hidden="true"> / </span>
              <span>
                {dict.learn.lesson} {number}
              </span>
            </nav>
            <h1 className="mt-2 text-3xl font-extrabold tracking-tight sm:text-4xl">{lesson.title[locale]}</h1>
            <p className="mt-3 text-lg text-muted dark:text-night-muted">{lesson.summary[locale].replace(/`/g, '')}</p>
            <p className="mt-2 flex flex-wrap items-center gap-x-4 text-sm font-medium text-muted dark:text-night-muted">
              <span>{format(dict.learn.minutesRead, { minutes: readingMinutes(source) })}</span>
              <a href={`/${locale}/learn/${slug}/handout`} className="inline-flex min-h-11 items-center underline" data-print-hide>
                {classroomMessages(locale).handoutLink}
              </a>
            </p>
          </header>
          <details className={cardClass({ variant: 'inset', className: 'mb-8 xl:hidden' })} data-print-hide>
            <summary className="cursor-pointer font-semibold">{dict.learn.onThisPage}</summary>
            <TableOfContents headings={outline} label={dict.learn.onThisPage} compact />
          </details>
          <div className="lesson-prose">
            <Content components={lessonComponents(locale)} />
          </div>
          <LessonPracticeBox slug={slug} locale={locale} />
          <LessonProgress slug={slug} labels={dict.progress} />
        </article>
        <LessonPager locale={locale} previous={previous} next={next} labels={dict.learn} />
        <ActivityBeacon title={lesson.title[locale]} />
        <SectionLinkLanding />
      </main>
      <aside className="hidden xl:block" data-print-hide>
        <div className="sticky top-24">
          <TableOfContents headings={outline} label={dict.learn.onThisPage} />
        </div>
      </aside>
    </div>
  );
}
