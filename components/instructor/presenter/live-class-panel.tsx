'use client';

import { usePathname } from 'next/navigation';
import { createPortal } from 'react-dom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { format } from '@/lib/i18n/format';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import type { FollowTarget } from '@/lib/classroom/live';
import type { LiveView } from '@/lib/classroom/live-api';
import { apiFetch } from '@/components/ui/api-fetch';
import { useServerEvents } from '@/components/ui/use-server-events';
import { InlineCode } from '@/components/lesson/inline-code';
import { currentSection } from '@/components/classroom/sections';

/** Where the presenter's page is, as something the class can follow; null off a lesson or lab. */
function placeOf(pathname: string): { kind: 'lesson'; slug: string } | { kind: 'lab'; path: string } | null {
  const lesson = /^\/[^/]+\/learn\/([a-z0-9-]+)\/?$/.exec(pathname);
  if (lesson !== null) return { kind: 'lesson', slug: lesson[1]! };
  const lab = /^\/[^/]+\/(lab(?:\/[a-z0-9-]+){0,3})\/?$/.exec(pathname);
  return lab !== null ? { kind: 'lab', path: lab[1]! } : null;
}

function describe(target: FollowTarget): string {
  return target.kind === 'lesson' ? `${target.slug}${target.section === null ? '' : ` § ${target.section}`}` : target.path;
}

/**
 * The section to bring the class to: the one ←/→ last moved to (the address's `#id`) while its
 * heading is on screen, else the one at the reading line.
 */
function presenterSection(): string | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const heading = id === '' ? null : document.getElementById(id);
  if (heading !== null && heading.matches('.lesson-prose > h2[id]')) {
    const { top } = heading.getBoundingClientRect();
    if (top >= 0 && top < window.innerHeight) return id;
  }
  return currentSection();
}

const control =
  'min-h-11 rounded-lg px-4 font-semibold disabled:opacity-50 border-2 border-line hover:bg-accent-soft dark:border-night-line dark:hover:bg-night';
const primary = 'min-h-11 rounded-lg px-4 font-semibold bg-accent text-white hover:opacity-90 disabled:opacity-50 dark:bg-night-accent dark:text-night';

/**
 * The live class in the presenter view, for a signed-in instructor only (the first read answers
 * 401 to anyone else, and the panel stays away): bring the class to this page and section,
 * start one of the lesson's quiz questions, and watch the answers come in as bars, then close
 * the question and show the answer with its explanation.
 */
export function LiveClassPanel({ locale }: { locale: Locale }) {
  const t = instructorMessages(locale);
  const pathname = usePathname();
  const place = placeOf(pathname);
  const lesson = place?.kind === 'lesson' ? place.slug : null;
  const [view, setView] = useState<LiveView | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [question, setQuestion] = useState(0);
  const inFlight = useRef(false);
  const again = useRef(false);

  const load = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        const response = await apiFetch<LiveView>(locale, `/api/instructor/live${lesson === null ? '' : `?lesson=${lesson}`}`);
        if (response.status === 401) setSignedOut(true);
        else if (response.ok && response.data !== null) setView(response.data);
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, [locale, lesson]);

  // The first read (the stream only says when something changes).
  useEffect(() => {
    void load();
  }, [load]);

  useServerEvents({
    url: signedOut ? null : '/api/instructor/stream',
    key: lesson ?? '',
    events: ['follow', 'quiz', 'answers', 'changed'],
    pollMs: 2_000,
    onEvent: () => void load(),
    onPoll: () => void load(),
  });

  const send = async (url: string, method: string, body?: unknown) => {
    setError(null);
    const response = await apiFetch<unknown>(locale, url, { method, body });
    if (!response.ok) setError(format(t.liveFailed, { message: response.message ?? String(response.status) }));
    void load();
  };

  if (signedOut || view === null) return null;
  const quiz = view.quiz;
  const most = quiz === null ? 0 : Math.max(1, ...quiz.counts);

  // Into <body>: the site header (where the presenter switch sits) blurs its backdrop, which makes
  // it the box a `fixed` child is placed in.
  return createPortal(
    <aside
      data-testid="live-class-panel"
      aria-label={t.liveTitle}
      className="fixed right-3 bottom-3 z-40 flex max-h-[calc(100dvh-5rem)] w-[min(46rem,calc(100vw-1.5rem))] flex-col gap-3 overflow-y-auto rounded-xl border-2 border-line bg-white p-4 text-ink shadow-2xl dark:border-night-line dark:bg-night-2 dark:text-night-ink"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-bold">{t.liveTitle}</h2>
        <span data-testid="live-joined" className="rounded-full bg-accent-soft px-3 py-1 text-sm font-semibold dark:bg-night">
          {format(t.liveJoined, { n: view.joined })}
        </span>
        <p className="min-w-0 flex-1 text-sm text-muted dark:text-night-muted" data-testid="live-follow-state">
          {view.follow === null ? t.followNone : format(t.followLeading, { place: describe(view.follow) })}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {place !== null && (
          <button
            type="button"
            className={primary}
            title={t.followHereHint}
            data-testid="follow-here"
            onClick={() =>
              void send('/api/instructor/follow', 'POST', place.kind === 'lesson' ? { kind: 'lesson', slug: place.slug, section: presenterSection() } : place)
            }
          >
            {t.followHere}
          </button>
        )}
        {view.follow !== null && (
          <button type="button" className={control} data-testid="follow-stop" onClick={() => void send('/api/instructor/follow', 'DELETE')}>
            {t.followStop}
          </button>
        )}
        {lesson !== null && view.questions !== null && view.questions.length > 0 && (quiz === null || quiz.slug !== lesson || quiz.status !== 'open') && (
          <span className="flex items-center gap-2">
            <label className="sr-only" htmlFor="live-quiz-question">
              {t.liveQuizQuestionLabel}
            </label>
            <select
              id="live-quiz-question"
              data-testid="live-quiz-question"
              value={question}
              onChange={(event) => setQuestion(Number(event.target.value))}
              className="min-h-11 max-w-64 rounded-lg border-2 border-line bg-white px-2 dark:border-night-line dark:bg-night"
            >
              {view.questions.map((prompt, index) => (
                <option key={index} value={index} title={prompt}>
                  {format(t.liveQuizQuestionOption, { n: index + 1 })}: {prompt.replace(/`/g, '').slice(0, 60)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={primary}
              data-testid="live-quiz-start"
              onClick={() => void send('/api/instructor/quiz', 'POST', { action: 'start', slug: lesson, question })}
            >
              {t.liveQuizStart}
            </button>
          </span>
        )}
      </div>
      {error !== null && (
        <p role="alert" className="text-sm font-semibold text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {quiz !== null && (
        <section data-testid="live-quiz-projector" data-status={quiz.status} aria-labelledby="live-quiz-projector-prompt" className="border-t-2 border-line pt-3 dark:border-night-line">
          <p className="text-sm font-semibold text-muted dark:text-night-muted">
            {quiz.lessonTitle} · {format(t.liveQuizQuestionOption, { n: quiz.number })} ·{' '}
            {quiz.status === 'open' ? t.liveQuizOpen : quiz.status === 'closed' ? t.liveQuizClosedState : t.liveQuizRevealed}
          </p>
          <p id="live-quiz-projector-prompt" className="mt-1 text-2xl font-bold">
            <InlineCode text={quiz.prompt} />
          </p>
          <ol className="mt-3 grid gap-2">
            {quiz.options.map((text, index) => {
              const count = quiz.counts[index] ?? 0;
              const right = quiz.status === 'revealed' && quiz.correct === index;
              const share = quiz.answered === 0 ? 0 : Math.round((count / quiz.answered) * 100);
              return (
                <li key={index} data-testid={`live-bar-${index}`} data-count={count} className={right ? 'rounded-lg ring-4 ring-green-600 dark:ring-green-400' : ''}>
                  <div className="flex items-baseline gap-2 px-1">
                    <span className="font-bold">{String.fromCharCode(65 + index)}</span>
                    <span className="min-w-0 flex-1">
                      <InlineCode text={text} />
                    </span>
                    <span className="font-mono text-lg font-bold tabular-nums" data-testid={`live-count-${index}`}>
                      {count}
                    </span>
                    <span className="w-12 text-right text-sm tabular-nums text-muted dark:text-night-muted">{share}%</span>
                  </div>
                  <div className="mt-1 h-5 overflow-hidden rounded bg-line/60 dark:bg-night-line" aria-hidden="true">
                    <div
                      className={`h-full rounded ${right ? 'bg-green-600 dark:bg-green-400' : 'bg-accent dark:bg-night-accent'}`}
                      style={{ width: `${(count / most) * 100}%` }}
                    />
                  </div>
                  {right && (
                    <p className="mt-1 px-1 text-base" data-testid="live-projector-explanation">
                      <strong>{t.liveQuizRightAnswer}:</strong> <InlineCode text={quiz.explanations[index] ?? ''} />
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="mt-3 text-lg font-semibold" data-testid="live-answered">
            {format(t.liveQuizAnswered, { answered: quiz.answered, joined: view.joined })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {quiz.status === 'open' && (
              <button type="button" className={primary} data-testid="live-quiz-close" onClick={() => void send('/api/instructor/quiz', 'POST', { action: 'close', run: quiz.run })}>
                {t.liveQuizClose}
              </button>
            )}
            {quiz.status !== 'revealed' && (
              <button type="button" className={control} data-testid="live-quiz-reveal" onClick={() => void send('/api/instructor/quiz', 'POST', { action: 'reveal', run: quiz.run })}>
                {t.liveQuizReveal}
              </button>
            )}
            <button type="button" className={control} data-testid="live-quiz-end" onClick={() => void send('/api/instructor/quiz', 'POST', { action: 'end', run: quiz.run })}>
              {t.liveQuizEnd}
            </button>
          </div>
        </section>
      )}
    </aside>,
    document.body,
  );
}
