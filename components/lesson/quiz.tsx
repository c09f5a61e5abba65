'use client';

import { useId, useRef, useState } from 'react';
import { format } from '@/lib/i18n/format';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { InlineCode } from './inline-code';
import { TextIcon } from '@/components/ui/icon';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { QUIZ_ANSWER_EVENT } from '@/components/classroom/membership';

export interface QuizOption {
  text: string;
  correct?: boolean;
  explanation: string;
}

export interface QuizQuestion {
  prompt: string;
  options: QuizOption[];
}

export interface QuizProps {
  id: string;
  questions: QuizQuestion[];
  labels: SiteMessages['quiz'];
}

/**
 * Fired on `document` when every question has an answer, with `score` (right as the answers
 * stand now), `firstTry` (right at the first try) and `total`; progress tracking listens for it.
 */
export const QUIZ_COMPLETE_EVENT = 'pathshala:quiz-complete';

function Question({
  question,
  index,
  total,
  labels,
  chosen,
  onChoose,
  onReset,
}: {
  question: QuizQuestion;
  index: number;
  total: number;
  labels: SiteMessages['quiz'];
  chosen: number | undefined;
  onChoose: (option: number) => void;
  onReset: () => void;
}) {
  const promptId = useId();
  const group = useRef<HTMLDivElement>(null);
  const answered = chosen !== undefined;
  const choice = answered ? question.options[chosen] : undefined;
  const right = question.options.find((option) => option.correct);
  return (
    <Card as="li">
      <p className="text-sm font-semibold text-muted dark:text-night-muted">{format(labels.question, { n: index + 1, total })}</p>
      <p id={promptId} className="mt-1 text-lg font-semibold">
        <InlineCode text={question.prompt} />
      </p>
      <div ref={group} role="group" aria-labelledby={promptId} className="mt-4 grid gap-2">
        {question.options.map((option, optionIndex) => {
          const isChosen = chosen === optionIndex;
          const tone = !answered
            ? 'border-line hover:border-accent hover:bg-accent-soft dark:border-night-line dark:hover:border-night-accent dark:hover:bg-night'
            : option.correct
              ? 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950'
              : isChosen
                ? 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'
                : 'border-line opacity-90 dark:border-night-line';
          return (
            <div key={optionIndex}>
              <button
                type="button"
                aria-pressed={isChosen}
                aria-disabled={answered}
                onClick={() => !answered && onChoose(optionIndex)}
                className={`w-full rounded-lg border-2 px-4 py-3 text-left transition-colors ${tone}`}
              >
                <span className="mr-2 font-mono text-sm font-bold" aria-hidden="true">
                  {String.fromCharCode(65 + optionIndex)}.
                </span>
                <InlineCode text={option.text} />
                {answered && (option.correct || isChosen) ? (
                  <span className="ml-2 font-bold" aria-hidden="true">
                    <TextIcon name={option.correct ? 'check' : 'cross'} />
                  </span>
                ) : null}
              </button>
              {answered ? (
                <p className="mt-1 px-4 text-sm text-muted dark:text-night-muted">
                  <strong>{option.correct ? labels.whyRight : labels.whyWrong}:</strong> <InlineCode text={option.explanation} />
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div role="status" aria-live="polite" className="mt-4 min-h-6">
        {choice ? (
          <p
            className={choice.correct ? 'font-semibold text-green-800 dark:text-green-300' : 'font-semibold text-red-800 dark:text-red-300'}
          >
            {choice.correct ? labels.correct : labels.wrong}{' '}
            <span className="font-normal">
              <InlineCode text={choice.explanation} />
            </span>
            {!choice.correct && right ? (
              <span className="mt-1 block font-normal">
                <InlineCode text={format(labels.correctAnswerWas, { answer: right.text })} />
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      {answered && !choice?.correct ? (
        <Button
          type="button"
          onClick={() => {
            onReset();
            // The retry button goes away; keep the keyboard on this question, at its first option.
            group.current?.querySelector('button')?.focus();
          }}
          className="mt-2"
        >
          {labels.tryAgain}
        </Button>
      ) : null}
    </Card>
  );
}

/**
 * A multiple-choice quiz with instant, announced feedback and an explanation for every option.
 * The score shown counts first tries only: a retry after the answer was revealed teaches, but
 * proves nothing. The lesson counts as passed on the answers as they stand (see `QUIZ_COMPLETE_EVENT`).
 */
export function Quiz({ id, questions, labels }: QuizProps) {
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => questions.map(() => undefined));
  // Whether each question's first answer was right; a retry never changes it.
  const [firstTries, setFirstTries] = useState<(boolean | undefined)[]>(() => questions.map(() => undefined));
  const firstTryScore = firstTries.filter((right) => right === true).length;
  const done = answers.every((answer) => answer !== undefined);

  function choose(questionIndex: number, option: number) {
    const right = questions[questionIndex]?.options[option]?.correct === true;
    const nextFirstTries = firstTries.map((first, index) => (index === questionIndex && first === undefined ? right : first));
    const next = answers.map((answer, index) => (index === questionIndex ? option : answer));
    setAnswers(next);
    setFirstTries(nextFirstTries);
    document.dispatchEvent(
      new CustomEvent(QUIZ_ANSWER_EVENT, { detail: { quiz: id, question: questionIndex, total: questions.length, right } }),
    );
    if (next.every((answer) => answer !== undefined)) {
      const score = next.filter((answer, index) => answer !== undefined && questions[index]?.options[answer]?.correct).length;
      const firstTry = nextFirstTries.filter((first) => first === true).length;
      document.dispatchEvent(new CustomEvent(QUIZ_COMPLETE_EVENT, { detail: { id, score, firstTry, total: questions.length } }));
    }
  }

  return (
    <section aria-label={labels.title} data-quiz={id} className="not-prose">
      <ol className="grid gap-5">
        {questions.map((question, index) => (
          <Question
            key={index}
            question={question}
            index={index}
            total={questions.length}
            labels={labels}
            chosen={answers[index]}
            onChoose={(option) => choose(index, option)}
            onReset={() => setAnswers(answers.map((answer, i) => (i === index ? undefined : answer)))}
          />
        ))}
      </ol>
      {done ? (
        <p className="mt-5 text-lg font-bold" role="status">
          {format(labels.score, { score: firstTryScore, total: questions.length })}
        </p>
      ) : null}
    </section>
  );
}
