import { describe, expect, it } from 'vitest';
import { reportSchema } from './report';

describe('class reports', () => {
  it('should accept a page of this site in every locale, with or without a section', () => {
    expect(reportSchema.safeParse({ kind: 'place', path: '/en/learn/cookies-101', section: 'attributes' }).success).toBe(true);
    expect(reportSchema.safeParse({ kind: 'place', path: '/hi-latn/lab/cart' }).success).toBe(true);
  });

  it('should refuse another site, a script URL, markup or a path outside the locales', () => {
    for (const path of ['https://evil.example/', 'javascript:alert(1)', '/en/<b>', '/fr/learn', '/en/learn/../../etc', '//evil.example'])
      expect(reportSchema.safeParse({ kind: 'place', path }).success, path).toBe(false);
    expect(reportSchema.safeParse({ kind: 'place', path: '/en', section: '<img>' }).success).toBe(false);
  });

  it('should take an answer only for a question inside its quiz', () => {
    expect(reportSchema.safeParse({ kind: 'answer', quiz: 'cookies-101', question: 3, total: 4, right: true }).success).toBe(true);
    expect(reportSchema.safeParse({ kind: 'answer', quiz: 'cookies-101', question: 4, total: 4, right: true }).success).toBe(false);
    expect(reportSchema.safeParse({ kind: 'answer', quiz: 'cookies-101', question: 0, total: 400, right: true }).success).toBe(false);
    expect(reportSchema.safeParse({ kind: 'answer', quiz: 'Cookies 101', question: 0, total: 4, right: true }).success).toBe(false);
    expect(reportSchema.safeParse({ kind: 'answer', quiz: 'q', question: 0, total: 4, right: 'yes' }).success).toBe(false);
  });
});
