'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { classroomMessages, type ClassroomMessages } from '@/lib/i18n/messages/classroom';
import { format } from '@/lib/i18n/format';
import type { FollowTarget } from '@/lib/classroom/live';
import type { StudentQuizView } from '@/lib/classroom/live-api';
import { apiFetch } from '@/components/ui/api-fetch';
import { useServerEvents } from '@/components/ui/use-server-events';
import { InlineCode } from '@/components/lesson/inline-code';

/** Set to `off` while the student chose not to follow (per browser). */
const FOLLOW_KEY = 'pathshala.follow';
/** The id of the last push this tab followed, so a reconnect does not move her again. */
const APPLIED_KEY = 'pathshala.follow.applied';
/** How often the page asks when the stream cannot open, in ms. */
const POLL_MS = 4_000;

function storageGet(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function storageSet(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
}

/** A follow target's page in `locale` (the same as `followHref` in lib/classroom/live, which is server code). */
function targetPath(target: FollowTarget, locale: Locale): { path: string; section: string | null } {
  return target.kind === 'lesson'
    ? { path: `/${locale}/learn/${target.slug}`, section: target.section }
    : { path: `/${locale}/${target.path}`, section: null };
}

/** Scrolls to `#section` once it is on the page (after a navigation it may come a few frames later). */
function scrollToSection(section: string) {
  let frames = 0;
  const attempt = () => {
    const element = document.getElementById(section);
    if (element !== null) {
      element.scrollIntoView({ block: 'start', behavior: 'instant' });
      history.replaceState(history.state, '', `#${section}`);
      return;
    }
    if (++frames < 120) requestAnimationFrame(attempt);
  };
  attempt();
}

/**
 * The live class on a joined student's page: it hears the class stream and, while she follows,
 * goes where the instructor leads (a lesson section or a lab); a bar lets her stop following
 * with one tap and follow again. A live quiz question shows as a full-width card to answer.
 */
export function ClassLive({ locale }: { locale: Locale }) {
  // Read here, in the joined student's lazily loaded code, rather than passed to every page.
  const t = classroomMessages(locale);
  const router = useRouter();
  const pathname = usePathname();
  const [target, setTarget] = useState<FollowTarget | null>(null);
  // This component only renders in the browser (the beacon is loaded without SSR).
  const [following, setFollowing] = useState(() => storageGet(() => localStorage, FOLLOW_KEY) !== 'off');
  const [quiz, setQuiz] = useState<StudentQuizView | null>(null);
  // Hidden for one state of one question: a new question, its close and its reveal show again.
  const [hiddenFor, setHiddenFor] = useState<string | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  const followingRef = useRef(following);
  const pathnameRef = useRef(pathname);
  useEffect(() => {
    pathnameRef.current = pathname;
  }, [pathname]);

  const go = useCallback(
    (next: FollowTarget) => {
      storageSet(() => sessionStorage, APPLIED_KEY, next.id);
      const { path, section } = targetPath(next, locale);
      if (pathnameRef.current === path) {
        if (section !== null) scrollToSection(section);
        else window.scrollTo({ top: 0, behavior: 'instant' });
        return;
      }
      router.push(section === null ? path : `${path}#${section}`);
      if (section !== null) scrollToSection(section);
    },
    [locale, router],
  );

  const onTarget = useCallback(
    (next: FollowTarget | null) => {
      setTarget(next);
      if (next === null || !followingRef.current) return;
      if (storageGet(() => sessionStorage, APPLIED_KEY) === next.id) return;
      go(next);
    },
    [go],
  );

  const loadLive = useCallback(async () => {
    const response = await apiFetch<{ follow: FollowTarget | null; quiz: StudentQuizView | null }>(locale, '/api/class/live');
    if (!response.ok || response.data === null) return;
    setQuiz(response.data.quiz);
    return response.data;
  }, [locale]);

  useServerEvents({
    url: '/api/class/stream',
    events: ['follow', 'quiz'],
    pollMs: POLL_MS,
    onEvent: (name, data) => {
      if (name === 'follow') onTarget((data as { target?: FollowTarget | null } | null)?.target ?? null);
      else void loadLive();
    },
    onPoll: () => {
      void loadLive().then((live) => {
        if (live !== undefined) onTarget(live.follow);
      });
    },
  });

  const setFollow = (on: boolean) => {
    followingRef.current = on;
    setFollowing(on);
    storageSet(() => localStorage, FOLLOW_KEY, on ? null : 'off');
    if (on && target !== null) go(target);
  };

  const answer = async (option: number) => {
    if (quiz === null || quiz.status !== 'open') return;
    setPending(option);
    const response = await apiFetch<null>(locale, '/api/class/quiz', { method: 'POST', body: { run: quiz.run, option } });
    setPending(null);
    if (response.ok) setQuiz((current) => (current?.run === quiz.run ? { ...current, chosen: option } : current));
    else void loadLive();
  };

  const quizKey = quiz === null ? null : `${quiz.run}:${quiz.status}`;
  const hidden = quizKey !== null && hiddenFor === quizKey;

  return (
    <div
      className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex flex-col items-stretch gap-2 p-2 sm:items-center"
      data-testid="class-live"
    >
      {quiz !== null && !hidden && <QuizCard quiz={quiz} pending={pending} onAnswer={answer} onHide={() => setHiddenFor(quizKey)} t={t} />}
      {quiz !== null && hidden && (
        <button
          type="button"
          onClick={() => setHiddenFor(null)}
          className="pointer-events-auto min-h-11 self-end rounded-full border-2 border-accent bg-white px-4 font-semibold text-ink shadow-lg dark:border-night-accent dark:bg-night-2 dark:text-night-ink"
        >
          {t.liveQuizShow}
        </button>
      )}
      {target !== null && (
        <div
          data-testid="follow-bar"
          data-following={following ? 'yes' : 'no'}
          className="pointer-events-auto flex w-full max-w-2xl items-center gap-3 rounded-xl border border-line bg-white/95 px-3 py-2 text-ink shadow-lg dark:border-night-line dark:bg-night-2/95 dark:text-night-ink"
        >
          <span
            aria-hidden="true"
            className={`size-3 shrink-0 rounded-full ${following ? 'bg-green-600 dark:bg-green-400' : 'bg-muted dark:bg-night-muted'}`}
          />
          <p role="status" className="min-w-0 flex-1 text-sm leading-snug">
            {following ? t.followingNow : t.followLeft}
          </p>
          <button
            type="button"
            data-testid={following ? 'follow-leave' : 'follow-rejoin'}
            onClick={() => setFollow(!following)}
            className={`min-h-11 min-w-11 shrink-0 rounded-lg px-3 text-sm font-semibold ${
              following
                ? 'border-2 border-line hover:bg-accent-soft dark:border-night-line dark:hover:bg-night'
                : 'bg-accent text-white hover:opacity-90 dark:bg-night-accent dark:text-night'
            }`}
          >
            {following ? t.followLeave : t.followRejoin}
          </button>
        </div>
      )}
    </div>
  );
}

function QuizCard({
  quiz,
  pending,
  onAnswer,
  onHide,
  t,
}: {
  quiz: StudentQuizView;
  pending: number | null;
  onAnswer: (option: number) => void;
  onHide: () => void;
  t: ClassroomMessages;
}) {
  const open = quiz.status === 'open';
  const status = open
    ? quiz.chosen === null
      ? t.liveQuizPick
      : t.liveQuizSaved
    : quiz.status === 'closed'
      ? t.liveQuizClosed
      : quiz.chosen === null
        ? t.liveQuizNoAnswer
        : null;
  return (
    <section
      data-testid="live-quiz"
      data-status={quiz.status}
      aria-labelledby="live-quiz-prompt"
      className="pointer-events-auto max-h-[78dvh] w-full max-w-2xl overflow-y-auto rounded-xl border-2 border-accent bg-white p-4 text-ink shadow-2xl dark:border-night-accent dark:bg-night-2 dark:text-night-ink"
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-bold uppercase tracking-wide text-accent dark:text-night-accent">{t.liveQuizTitle}</p>
          <p className="text-sm text-muted dark:text-night-muted">
            {format(t.liveQuizMeta, { n: quiz.number, total: quiz.total, lesson: quiz.lessonTitle })}
          </p>
        </div>
        <button
          type="button"
          onClick={onHide}
          className="min-h-11 shrink-0 rounded-lg border border-line px-3 text-sm font-semibold hover:bg-accent-soft dark:border-night-line dark:hover:bg-night"
        >
          {t.liveQuizHide}
        </button>
      </div>
      <p id="live-quiz-prompt" className="mt-2 text-lg font-semibold">
        <InlineCode text={quiz.prompt} />
      </p>
      <ul className="mt-3 grid gap-2">
        {quiz.options.map((text, index) => {
          const chosen = quiz.chosen === index;
          const right = quiz.reveal !== null && quiz.reveal.correct === index;
          const wrongChoice = quiz.reveal !== null && chosen && !right;
          const tone = right
            ? 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950'
            : wrongChoice
              ? 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'
              : chosen
                ? 'border-accent bg-accent-soft dark:border-night-accent dark:bg-night'
                : 'border-line dark:border-night-line';
          return (
            <li key={index}>
              <button
                type="button"
                aria-pressed={chosen}
                disabled={!open || pending !== null}
                onClick={() => onAnswer(index)}
                data-testid={`live-option-${index}`}
                className={`flex min-h-11 w-full items-center gap-3 rounded-lg border-2 px-3 py-2 text-left ${tone} ${open ? 'hover:border-accent dark:hover:border-night-accent' : ''} disabled:cursor-default`}
              >
                <span
                  aria-hidden="true"
                  className="grid size-7 shrink-0 place-items-center rounded-full border-2 border-current text-sm font-bold"
                >
                  {String.fromCharCode(65 + index)}
                </span>
                <span className="min-w-0 flex-1">
                  <InlineCode text={text} />
                  {(chosen || right) && quiz.reveal !== null && (
                    <span className="mt-1 block text-sm font-semibold">{right ? t.liveQuizRight : t.liveQuizYours}</span>
                  )}
                  {quiz.reveal !== null && (right || chosen) && (
                    <span className="mt-1 block text-sm" data-testid={right ? 'live-explanation' : undefined}>
                      <InlineCode text={quiz.reveal.explanations[index] ?? ''} />
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {status !== null && (
        <p role="status" data-testid="live-quiz-status" className="mt-3 text-sm font-semibold">
          {status}
        </p>
      )}
    </section>
  );
}
