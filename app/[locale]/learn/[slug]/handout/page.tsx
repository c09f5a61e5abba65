import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { HandoutParts, HandoutQr, lessonNumberLabel } from '@/components/lesson/handout';
import { HandoutFrame } from '@/components/lesson/handout-page';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { course, findLesson } from '@/lib/course/course';
import { lessonOutline } from '@/lib/course/outline';
import { format } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { qrSvg } from '@/lib/instructor/qr';
import { handoutOrigin } from '@/lib/site/instructor';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return publishedSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const lesson = findLesson(slug);
  if (!isLocale(locale) || !lesson) return {};
  return { title: format(classroomMessages(locale).handoutTitle, { title: lesson.title[locale] }), robots: { index: false } };
}

/** `/<locale>/learn/<slug>/handout`: one lesson on paper — title, key ideas, sections, recap, the quiz without answers, a QR code back. */
export default async function LessonHandoutPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const lesson = findLesson(slug);
  const source = isLocale(locale) ? readLessonSource(locale, slug) : null;
  if (!isLocale(locale) || !lesson || source === null) notFound();
  const t = classroomMessages(locale);
  const { default: Content } = (await import(`@/content/${locale}/${slug}.mdx`)) as {
    default: ComponentType<{ components?: MDXComponents }>;
  };
  const url = `${handoutOrigin((await headers()).get('host'))}/${locale}/learn/${slug}`;
  const sections = lessonOutline(source).filter((heading) => heading.depth === 2 && !['what-you-will-learn', 'quiz'].includes(heading.id));
  const number = course.findIndex((entry) => entry.slug === slug) + 1;
  return (
    <HandoutFrame locale={locale} backHref={`/${locale}/learn/${slug}`} backLabel={t.backToLesson}>
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-ink pb-4 dark:border-night-ink">
        <div>
          <p className="text-sm font-semibold">{lessonNumberLabel(locale, number)}</p>
          <h1 className="text-3xl font-extrabold">{lesson.title[locale]}</h1>
          <p className="mt-1">{lesson.summary[locale].replace(/`/g, '')}</p>
        </div>
        <HandoutQr svg={await qrSvg(url)} url={url} label={t.scanToOpen} />
      </header>
      <HandoutParts
        Content={Content}
        locale={locale}
        withQuiz
        afterKeyIdeas={
          <section aria-labelledby="handout-sections" className="handout-keep">
            <h2 id="handout-sections">{t.sectionsTitle}</h2>
            <ol data-testid="handout-sections">
              {sections.map((heading) => (
                <li key={heading.id}>{heading.text}</li>
              ))}
            </ol>
          </section>
        }
      />
    </HandoutFrame>
  );
}
