import { describe, expect, it } from 'vitest';
import { publishedSlugs } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';
import { lessonQuizQuestions, quizQuestionsIn } from './quiz-source';

describe('quizQuestionsIn', () => {
  it('reads the plain-data questions of a <Quiz>', () => {
    const source = `# T\n\n<Quiz id="x" questions={[\n  { prompt: 'Which?', options: [\n    { text: \`a\`, explanation: 'no' },\n    { "text": 'b', correct: true, explanation: 'yes' },\n  ] },\n]} />\n`;
    expect(quizQuestionsIn(source)).toEqual([
      {
        prompt: 'Which?',
        options: [
          { text: 'a', explanation: 'no' },
          { text: 'b', correct: true, explanation: 'yes' },
        ],
      },
    ]);
  });

  it('refuses anything that is not plain data, and never runs it', () => {
    expect(quizQuestionsIn(`<Quiz questions={[{ prompt: run(), options: [] }]} />`)).toBeNull();
    expect(
      quizQuestionsIn(
        `<Quiz questions={[{ prompt: \`\${x}\`, options: [{ text: 'a', explanation: '' }, { text: 'b', explanation: '' }] }]} />`,
      ),
    ).toBeNull();
    expect(quizQuestionsIn('no quiz here')).toBeNull();
  });
});

describe("the course's quizzes", () => {
  it('read in every locale, with the same number of questions and options and the same right answers', () => {
    for (const slug of publishedSlugs()) {
      const shapes = locales.map((locale) => {
        const questions = lessonQuizQuestions(locale, slug);
        expect(questions, `${locale}/${slug}`).not.toBeNull();
        return questions!.map((question) => question.options.map((option) => option.correct === true));
      });
      for (const shape of shapes) expect(shape, slug).toEqual(shapes[0]);
      for (const question of shapes[0]!) expect(question.filter(Boolean), slug).toHaveLength(1);
    }
  });
});
