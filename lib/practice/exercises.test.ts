import { describe, expect, it } from 'vitest';
import { readLessonSource } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { lessonOutline } from '@/lib/course/outline';
import { locales } from '@/lib/i18n/locales';
import { exerciseIds, exercises, exercisesOfLesson } from './exercises';
import { checkSpecsOf } from './grader';

const lessonIndex = (slug: string) => course.findIndex((lesson) => lesson.slug === slug);
const anchorsOf = (slug: string, locale: (typeof locales)[number]) => lessonOutline(readLessonSource(locale, slug) ?? '').map((h) => h.id);

describe('the exercise list', () => {
  it('should hold every exercise id once, in the order of the ids', () => {
    expect(exercises.map((exercise) => exercise.id)).toEqual([...exerciseIds]);
  });

  it('should follow the course order of the lessons', () => {
    const order = exercises.map((exercise) => lessonIndex(exercise.lesson));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("should point every exercise and every check's hint at a section that exists in both languages", () => {
    for (const exercise of exercises) {
      for (const locale of locales) expect(anchorsOf(exercise.lesson, locale), `${exercise.id}`).toContain(exercise.anchor);
      for (const check of checkSpecsOf(exercise.id)) {
        for (const locale of locales)
          expect(anchorsOf(check.hint.slug, locale), `${exercise.id}: ${check.title.en}`).toContain(check.hint.anchor);
      }
    }
  });

  it('should state each exercise in both languages with the same number of routes and hints', () => {
    for (const exercise of exercises) {
      const [hi, en] = [exercise.statement['hi-latn'], exercise.statement.en];
      expect(hi.title && en.title && hi.task && en.task).toBeTruthy();
      expect(hi.routes.length).toBe(en.routes.length);
      expect(hi.hints.length).toBe(en.hints.length);
    }
  });

  it('should give the lessons with exercises their exercises, and others none', () => {
    expect(exercisesOfLesson('login-with-sessions').map((exercise) => exercise.id)).toEqual(['login', 'logout']);
    expect(exercisesOfLesson('cookies-101')).toEqual([]);
  });
});
