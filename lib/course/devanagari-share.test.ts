import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessonSource } from './content';
import { course } from './course';
import { devanagariShare, MIN_DEVANAGARI_SHARE, proseOf } from './devanagari-share';

describe('devanagariShare', () => {
  it('should count Devanagari against Latin letters in plain prose', () => {
    expect(devanagariShare('यह')).toBe(1);
    expect(devanagariShare('ab')).toBe(0);
    expect(devanagariShare('यह ab')).toBe(0.5); // य + ह against a + b
    expect(devanagariShare('')).toBe(0);
  });

  it('should leave out code blocks, inline code, link targets, MDX comments and JSX tags', () => {
    const mdx = [
      '## Session क्या है {/*what-is-a-session*/}',
      '```js',
      "app.use(session({ secret: 'keyboard cat', resave: false }));",
      '```',
      'यह `saveUninitialized` [glossary](/hi/glossary#session) है।',
      '<Callout type="warning" title="ध्यान">',
      '</Callout>',
      '<Inspector />',
    ].join('\n');
    expect(proseOf(mdx)).not.toMatch(/keyboard|saveUninitialized|glossary#|what-is|Callout|warning|Inspector/);
    // Left: "Session" (7 Latin) and "glossary" (8) against the Devanagari of the prose and the callout's title.
    const devanagari = 'क्याहैयहहै।ध्यान'.length;
    expect(devanagariShare(mdx)).toBeCloseTo(devanagari / (devanagari + 15), 5);
  });

  it('should keep the human text of a quiz and drop its keys', () => {
    const quiz = `<Quiz id="cookies-101" questions={[
  {
    prompt: 'Cookie कब तक रहेगी?',
    options: [
      { text: '60 seconds', correct: true, explanation: '\`Max-Age\` जीतता है।' },
    ],
  },
]} />`;
    const prose = proseOf(quiz);
    expect(prose).toContain('Cookie कब तक रहेगी?');
    expect(prose).toContain('60 seconds');
    expect(prose).toContain('जीतता है।');
    expect(prose).not.toMatch(/prompt|options|explanation|correct|cookies-101|Max-Age/);
  });

  it('should score the seed note, Devanagari with its English terms and code, at about the bar', () => {
    const note = readFileSync(join(process.cwd(), 'practice', 'seed-app', 'note.hi.txt'), 'utf8');
    expect(devanagariShare(note)).toBeGreaterThan(0.33);
    expect(devanagariShare(note)).toBeLessThan(0.45);
  });

  it('should fail every Hinglish lesson: a copy of the Hinglish is not a hi lesson', () => {
    for (const lesson of course) {
      const hinglish = readLessonSource('hi-latn', lesson.slug);
      expect(hinglish, lesson.slug).not.toBeNull();
      expect(devanagariShare(hinglish ?? ''), lesson.slug).toBeLessThan(MIN_DEVANAGARI_SHARE);
    }
  });
});

describe.each(course.map((lesson) => lesson.slug))('the hi lesson %s', (slug) => {
  it(`should be mostly Devanagari: at least ${MIN_DEVANAGARI_SHARE} of its prose letters`, () => {
    const source = readLessonSource('hi', slug);
    expect(source, `content/hi/${slug}.mdx`).not.toBeNull();
    expect(devanagariShare(source ?? '')).toBeGreaterThanOrEqual(MIN_DEVANAGARI_SHARE);
  });
});
