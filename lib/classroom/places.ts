import { readLessonSource } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { labSections } from '@/lib/course/lab-search';
import { lessonOutline } from '@/lib/course/outline';
import type { Locale } from '@/lib/i18n/locales';
import type { Place } from './member';
import type { StudentView } from './rows';

/*
 * A student's place in the instructor's words: "Cookies 101 · Attributes", "Cart lab". Only
 * titles of our own lessons and labs come out; a path we do not know is shown as the path
 * (checked against the site's path pattern when it was reported).
 */

const sectionTitles = new Map<string, Map<string, string>>();

function sectionTitle(locale: Locale, slug: string, id: string): string | null {
  const cacheKey = `${locale}/${slug}`;
  let titles = sectionTitles.get(cacheKey);
  if (titles === undefined) {
    const source = readLessonSource(locale, slug);
    titles = new Map((source === null ? [] : lessonOutline(source)).map((heading) => [heading.id, heading.text]));
    sectionTitles.set(cacheKey, titles);
  }
  return titles.get(id) ?? null;
}

/** How `place` reads on a dashboard in `locale`. */
export function describePlace(place: Place, locale: Locale): NonNullable<StudentView['place']> {
  const [, , area, ...rest] = place.path.replace(/\/$/, '').split('/');
  const since = place.since;
  if (area === 'learn' && rest.length === 1) {
    const lesson = course.find((entry) => entry.slug === rest[0]);
    if (lesson !== undefined) {
      const section = place.section === null ? null : sectionTitle(locale, lesson.slug, place.section);
      return { path: place.path, title: lesson.title[locale], section, kind: 'lesson', since };
    }
  }
  if (area === 'lab') {
    const slug = ['lab', ...rest].join('/');
    const lab = labSections(locale).find((entry) => entry.slug === slug);
    if (lab !== undefined) return { path: place.path, title: lab.heading, section: null, kind: 'lab', since };
  }
  return { path: place.path, title: place.path, section: null, kind: 'page', since };
}
