import fs from 'node:fs';
import path from 'node:path';
import { type Locale, locales } from '@/lib/i18n/locales';
import { course } from './course';

export const CONTENT_DIR = path.join(process.cwd(), 'content');

export function lessonPath(locale: Locale, slug: string): string {
  return path.join(CONTENT_DIR, locale, `${slug}.mdx`);
}

/** The MDX source of a lesson, or null when it has not been written in that language. */
export function readLessonSource(locale: Locale, slug: string): string | null {
  try {
    return fs.readFileSync(lessonPath(locale, slug), 'utf8');
  } catch {
    return null;
  }
}

/** Slugs, in course order, of the lessons written in every locale. */
export function publishedSlugs(): string[] {
  return course.filter((lesson) => locales.every((locale) => fs.existsSync(lessonPath(locale, lesson.slug)))).map((lesson) => lesson.slug);
}
