import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { CONTENT_DIR, publishedSlugs } from './content';
import { course, findLesson, neighbours } from './course';

describe('course order data', () => {
  it('lists thirteen lessons with unique kebab-case slugs', () => {
    const slugs = course.map((lesson) => lesson.slug);
    expect(slugs).toHaveLength(13);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('starts with "what-is-a-session"', () => {
    expect(course[0]?.slug).toBe('what-is-a-session');
  });

  it('has a title and a summary in every locale', () => {
    for (const lesson of course) {
      for (const locale of locales) {
        expect(lesson.title[locale].trim(), `${lesson.slug} ${locale}`).not.toBe('');
        expect(lesson.summary[locale].trim(), `${lesson.slug} ${locale}`).not.toBe('');
      }
    }
  });

  it('has a course entry for every lesson file, so order never comes from file names', () => {
    for (const locale of locales) {
      for (const file of fs.readdirSync(path.join(CONTENT_DIR, locale))) {
        if (!file.endsWith('.mdx')) continue;
        expect(findLesson(file.replace(/\.mdx$/, '')), `${locale}/${file}`).toBeDefined();
      }
    }
  });

  it('publishes the first lesson in both languages', () => {
    expect(publishedSlugs()[0]).toBe('what-is-a-session');
  });
});

describe('neighbours', () => {
  const published = ['what-is-a-session', 'cookies-101', 'session-options'];

  it('derives previous and next from the course order, skipping unpublished lessons', () => {
    const { previous, next } = neighbours('cookies-101', published);
    expect(previous?.slug).toBe('what-is-a-session');
    expect(next?.slug).toBe('session-options');
  });

  it('has no previous for the first lesson and no next for the last', () => {
    expect(neighbours('what-is-a-session', published).previous).toBeUndefined();
    expect(neighbours('session-options', published).next).toBeUndefined();
  });
});
