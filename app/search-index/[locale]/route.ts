import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { findLesson } from '@/lib/course/course';
import { isLocale, locales } from '@/lib/i18n/locales';
import { lessonSections } from '@/lib/course/search';
import { labSections } from '@/lib/course/lab-search';

// Built once at build time into a static JSON file; no search service, nothing at run time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale: `${locale}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale.replace(/\.json$/, '');
  if (!isLocale(locale)) return Response.json({ error: { code: 'not_found', message: 'Unknown locale' } }, { status: 404 });
  const sections = publishedSlugs().flatMap((slug) => {
    const source = readLessonSource(locale, slug);
    const lesson = findLesson(slug);
    return source && lesson ? lessonSections(slug, lesson.title[locale], source) : [];
  });
  return Response.json([...sections, ...labSections(locale)]);
}
