import { describe, expect, it } from 'vitest';
import { readLessonSource } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { lessonOutline } from '@/lib/course/outline';
import { glossary } from '@/lib/course/glossary';
import { locales } from '@/lib/i18n/locales';

const written = course.filter(
  (lesson) => readLessonSource('hi-latn', lesson.slug) !== null || readLessonSource('en', lesson.slug) !== null,
);

function quizQuestionCount(source: string): number {
  return (source.match(/\bprompt:/g) ?? []).length;
}

describe.each(written.map((lesson) => lesson.slug))('lesson %s', (slug) => {
  const hi = readLessonSource('hi-latn', slug);
  const en = readLessonSource('en', slug);

  it('exists in both Hinglish and English', () => {
    expect(hi).not.toBeNull();
    expect(en).not.toBeNull();
  });

  it('has the same heading IDs, in the same order and depth, in both languages', () => {
    const ids = (source: string | null) => lessonOutline(source ?? '').map((h) => `${h.depth}:${h.id}`);
    expect(ids(hi).length).toBeGreaterThan(3);
    expect(ids(en)).toEqual(ids(hi));
  });

  it('gives every ## and ### heading a stable ID', () => {
    for (const source of [hi ?? '', en ?? '']) {
      const headingLines = source.split('\n').filter((line) => /^#{2,3}\s/.test(line));
      expect(lessonOutline(source)).toHaveLength(headingLines.length);
    }
  });

  it('has the same number of quiz questions in both languages', () => {
    expect(quizQuestionCount(hi ?? '')).toBeGreaterThanOrEqual(3);
    expect(quizQuestionCount(en ?? '')).toBe(quizQuestionCount(hi ?? ''));
  });

  it('names the language of every code block', () => {
    for (const source of [hi ?? '', en ?? '']) {
      let open = false;
      for (const line of source.split('\n')) {
        const fence = /^\s*```(\S*)/.exec(line);
        if (!fence) continue;
        if (!open) expect(fence[1], `code block in ${slug}`).not.toBe('');
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
