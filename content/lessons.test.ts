import { describe, expect, it } from 'vitest';
import { readLessonSource } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { lessonOutline } from '@/lib/course/outline';
import { glossary } from '@/lib/course/glossary';
import { type Locale, locales } from '@/lib/i18n/locales';

const written = course.filter((lesson) => locales.some((locale) => readLessonSource(locale, lesson.slug) !== null));

function quizQuestionCount(source: string): number {
  return (source.match(/\bprompt:/g) ?? []).length;
}

/** Each quiz question as "<options>:<index of the right one>", in order: the shape every locale shares. */
function quizShape(source: string): string[] {
  return source
    .split(/\bprompt:/)
    .slice(1)
    .map((question) => {
      const options = [...question.matchAll(/\{\s*text:[^\n]*/g)].map((match) => match[0]);
      return `${options.length}:${options.findIndex((option) => /\bcorrect:\s*true\b/.test(option))}`;
    });
}

const headingIds = (source: string | null) => lessonOutline(source ?? '').map((h) => `${h.depth}:${h.id}`);

describe.each(written.map((lesson) => lesson.slug))('lesson %s', (slug) => {
  const sources = Object.fromEntries(locales.map((locale) => [locale, readLessonSource(locale, slug)])) as Record<Locale, string | null>;
  const en = sources.en;

  it.each(locales)('exists in %s', (locale) => {
    expect(sources[locale], `content/${locale}/${slug}.mdx`).not.toBeNull();
  });

  it.each(locales)('has the English heading IDs, in the same order and depth, in %s', (locale) => {
    expect(headingIds(en).length).toBeGreaterThan(3);
    expect(headingIds(sources[locale])).toEqual(headingIds(en));
  });

  it('gives every ## and ### heading a stable ID', () => {
    for (const locale of locales) {
      const source = sources[locale] ?? '';
      const headingLines = source.split('\n').filter((line) => /^#{2,3}\s/.test(line));
      expect(lessonOutline(source), locale).toHaveLength(headingLines.length);
    }
  });

  it.each(locales)('has the English quiz in %s: as many questions, as many options, the same right answer', (locale) => {
    expect(quizQuestionCount(en ?? '')).toBeGreaterThanOrEqual(3);
    expect(quizQuestionCount(sources[locale] ?? '')).toBe(quizQuestionCount(en ?? ''));
    expect(quizShape(sources[locale] ?? '')).toEqual(quizShape(en ?? ''));
    expect(quizShape(en ?? '').every((shape) => !shape.endsWith(':-1'))).toBe(true);
  });

  it('names the language of every code block', () => {
    for (const locale of locales) {
      let open = false;
      for (const line of (sources[locale] ?? '').split('\n')) {
        const fence = /^\s*```(\S*)/.exec(line);
        if (!fence) continue;
        if (!open) expect(fence[1], `code block in ${locale}/${slug}`).not.toBe('');
        open = !open;
      }
    }
  });
});

describe('links inside lessons', () => {
  const glossaryIds = new Set(glossary.map((entry) => entry.id));
  const pages = new Set([
    '',
    '/learn',
    '/glossary',
    '/lab',
    '/lab/login',
    '/lab/cart',
    '/lab/activity',
    '/lab/stateless',
    '/lab/security',
    ...['fixation', 'xss', 'replay', 'tampering', 'csrf'].map((lab) => `/lab/security/${lab}`),
  ]);

  for (const lesson of written) {
    for (const locale of locales) {
      const source = readLessonSource(locale, lesson.slug) ?? '';
      const links = [...source.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? '');

      it(`${locale}/${lesson.slug}: every internal link stays in ${locale} and resolves`, () => {
        for (const link of links) {
          const [path = '', hash] = link.split('#');
          expect(path.startsWith(`/${locale}`), link).toBe(true);
          const rest = path.slice(`/${locale}`.length);
          const lessonMatch = /^\/learn\/([a-z0-9-]+)$/.exec(rest);
          if (lessonMatch) {
            const target = readLessonSource(locale, lessonMatch[1] ?? '');
            expect(target, `${link} points at a lesson that is not written`).not.toBeNull();
            if (hash)
              expect(
                lessonOutline(target ?? '').map((h) => h.id),
                link,
              ).toContain(hash);
          } else if (rest === '/glossary') {
            expect(hash && glossaryIds.has(hash), `${link} names a glossary term`).toBe(true);
          } else {
            expect(pages.has(rest), `${link} is a page of the site`).toBe(true);
          }
        }
      });
    }
  }
});
