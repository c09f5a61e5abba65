import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { HandoutParts, HandoutQr, lessonNumberLabel } from '@/components/lesson/handout';
import { HandoutFrame } from '@/components/lesson/handout-page';
import { publishedSlugs } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { siteMessages } from '@/lib/i18n/messages/site';
import { pageLocale } from '@/lib/i18n/page-locale';
import { qrSvg } from '@/lib/instructor/qr';
import { handoutOrigin } from '@/lib/site/instructor';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: classroomMessages(await pageLocale(params)).courseHandoutTitle, robots: { index: false } };
}

/** `/<locale>/learn/handout`: the whole course on paper — each lesson's key ideas and recap, a page each, and one QR code to the course. */
export default async function CourseHandoutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = classroomMessages(locale);
  const published = new Set(publishedSlugs());
  const lessons = course.filter((lesson) => published.has(lesson.slug));
  const contents = await Promise.all(
    lessons.map(
      async (lesson) =>
        ((await import(`@/content/${locale}/${lesson.slug}.mdx`)) as { default: ComponentType<{ components?: MDXComponents }> }).default,
    ),
  );
  const url = `${handoutOrigin((await headers()).get('host'))}/${locale}/learn`;
  return (
    <HandoutFrame locale={locale} backHref={`/${locale}/learn`} backLabel={siteMessages(locale).nav.learn}>
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-ink pb-4 dark:border-night-ink">
        <div>
          <p className="text-sm font-semibold">{siteMessages(locale).site.name}</p>
          <h1 className="text-3xl font-extrabold">{t.courseHandoutTitle}</h1>
        </div>
        <HandoutQr svg={await qrSvg(url)} url={url} label={t.scanToOpenCourse} />
      </header>
      {lessons.map((lesson, index) => {
        const Content = contents[index]!;
        return (
          <article key={lesson.slug} aria-labelledby={`lesson-${lesson.slug}`} className="handout-lesson mt-8" data-testid="handout-lesson">
            <p className="text-sm font-semibold">{lessonNumberLabel(locale, course.indexOf(lesson) + 1)}</p>
            <h2 id={`lesson-${lesson.slug}`} className="text-2xl font-extrabold">
              {lesson.title[locale]}
            </h2>
            <HandoutParts Content={Content} locale={locale} withQuiz={false} />
          </article>
        );
      })}
    </HandoutFrame>
  );
}
