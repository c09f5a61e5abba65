import { publishedSlugs } from '@/lib/course/content';
import { course, findLesson } from '@/lib/course/course';
import { format } from '@/lib/i18n/format';
import { type Locale, locales } from '@/lib/i18n/locales';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { offlineMessages } from '@/lib/i18n/messages/offline';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import { siteMessages } from '@/lib/i18n/messages/site';
import { SECURITY_LABS } from '@/lib/security-labs/catalog';

/**
 * A page the public may find, share and index: the same in every locale, at `/<locale><path>`.
 * Derived from the course data and the string catalogues, so a new lesson or locale appears in
 * the sitemap, the link previews and their images by itself.
 */
export interface PublicPage {
  /** After the locale segment: `''` (home), `/learn`, `/learn/cookies-101`, `/lab/cart`. */
  readonly path: string;
  /** The line above the title on the preview card: "Lesson 3", "Live lab". */
  readonly kicker: (locale: Locale) => string;
  readonly title: (locale: Locale) => string;
  readonly description: (locale: Locale) => string;
}

const plain = (text: string) => text.replace(/`/g, '');

function lessonPages(): PublicPage[] {
  return publishedSlugs().flatMap((slug) => {
    const lesson = findLesson(slug);
    if (!lesson) return [];
    const number = course.indexOf(lesson) + 1;
    return [
      {
        path: `/learn/${slug}`,
        kicker: (locale) => format(offlineMessages(locale).card.lesson, { number }),
        title: (locale) => lesson.title[locale],
        description: (locale) => plain(lesson.summary[locale]),
      },
    ];
  });
}

function labPages(): PublicPage[] {
  const lab = (locale: Locale) => offlineMessages(locale).card.lab;
  const site = siteMessages;
  return [
    { path: '/lab', kicker: lab, title: (l) => site(l).lab.indexTitle, description: (l) => site(l).lab.indexLead },
    { path: '/lab/login', kicker: lab, title: (l) => site(l).lab.loginTitle, description: (l) => site(l).lab.loginLead },
    { path: '/lab/cart', kicker: lab, title: (l) => site(l).lab.cartTitle, description: (l) => site(l).lab.cartLead },
    { path: '/lab/activity', kicker: lab, title: (l) => site(l).lab.activityTitle, description: (l) => site(l).lab.activityLead },
    {
      path: '/lab/stateless',
      kicker: lab,
      title: (l) => labsMessages(l).stateless.title,
      description: (l) => labsMessages(l).stateless.lead,
    },
    {
      path: '/lab/security',
      kicker: lab,
      title: (l) => labsMessages(l).security.indexTitle,
      description: (l) => labsMessages(l).security.indexLead,
    },
    ...SECURITY_LABS.map((name): PublicPage => ({
      path: `/lab/security/${name}`,
      kicker: lab,
      title: (l) => labsMessages(l)[name].title,
      description: (l) => labsMessages(l)[name].lead,
    })),
  ];
}

/** Every public page, home first, then the course in order, then the labs. */
export function publicPages(): PublicPage[] {
  const course = (locale: Locale) => offlineMessages(locale).card.course;
  return [
    { path: '', kicker: course, title: (l) => siteMessages(l).home.title, description: (l) => siteMessages(l).site.tagline },
    { path: '/learn', kicker: course, title: (l) => siteMessages(l).learn.indexTitle, description: (l) => siteMessages(l).learn.indexLead },
    ...lessonPages(),
    { path: '/glossary', kicker: course, title: (l) => siteMessages(l).glossary.title, description: (l) => siteMessages(l).glossary.lead },
    { path: '/practice', kicker: course, title: (l) => practiceMessages(l).title, description: (l) => practiceMessages(l).lead },
    ...labPages(),
  ];
}

export function findPublicPage(path: string): PublicPage | undefined {
  return publicPages().find((page) => page.path === path);
}

/**
 * Paths kept out of search engines (robots.txt): the JSON API, which also serves every lab
 * experiment (the inspector's tamper/forget/expire, the race lab, the security labs' attacker
 * pages), the instructor's pages and a learner's own account page.
 */
export function privatePaths(): string[] {
  return ['/api/', ...locales.flatMap((locale) => [`/${locale}/instructor`, `/${locale}/lab/account`])];
}

/** The link-preview image of a page: `/og/<locale>/home.png`, `/og/<locale>/learn/cookies-101.png`. */
export function previewImagePath(locale: Locale, path: string): string {
  return `/og/${locale}${path === '' ? '/home' : path}.png`;
}

/** The page whose preview image `segments` (after `/og/<locale>/`) names, or undefined. */
export function pageOfPreviewImage(segments: readonly string[]): PublicPage | undefined {
  const joined = segments.join('/');
  if (!joined.endsWith('.png')) return undefined;
  const stem = joined.slice(0, -'.png'.length);
  return findPublicPage(stem === 'home' ? '' : `/${stem}`);
}

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;
