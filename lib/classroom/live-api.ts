import { z } from 'zod';
import { emptyResponse, jsonResponse } from '@/lib/http/api-route';
import type { DemoError } from '@/lib/http/api-errors';
import type { Locale } from '@/lib/i18n/locales';
import { findLesson } from '@/lib/course/course';
import { readLessonSource } from '@/lib/course/content';
import { lessonOutline } from '@/lib/course/outline';
import { eventStreamResponse } from '@/lib/runtime/event-stream';
import { apiRoute } from '@/lib/site/api-route';
import { CLASS_TOPIC } from '@/lib/site/channel';
import { getSiteChannel, getSiteSession } from '@/lib/site/session';
import { isInstructorRequest } from '@/lib/instructor/api';
import { followInputSchema, newFollowTarget, newLiveQuiz, tallyAnswers, type FollowTarget, type LiveQuiz, type QuizStatus } from './live';
import { readMember } from './member';
import { lessonQuizQuestions } from './quiz-source';
import { getClassState, getLiveStore } from './state';

/*
 * The live class: follow-me and the live quiz. The instructor's routes change the shared live
 * state (`live.ts`) and publish on the channel's `class` topic; joined students hear it on
 * `GET /api/class/stream` and read what they need. Events:
 * - `follow` `{target}`: go there (null: the instructor stopped leading);
 * - `quiz` `{run, status}`: the question started, closed, was revealed or ended — read it again;
 * - `answers`: an answer came in (the instructor's stream only; students never need it).
 */

/** The most often the instructor's stream passes `answers` on, in ms. */
export const ANSWERS_PUSH_MS = 300;

// --- The student's side -------------------------------------------------------------------

/** `GET /api/class/stream`: Server-Sent Events of the class for a joined student; 403 otherwise, 429 past the stream limits. */
export const classStream = apiRoute({ session: 'stateful' }, async ({ request, session, established }) => {
  const member = established ? readMember(session.data) : null;
  if (member === null) return { ok: false, error: { code: 'class_join_required' } };
  const release = getClassState().streams.take(member.id);
  if (release === null) return { ok: false, error: { code: 'too_many_class_streams', params: { retryAfterSeconds: 15 } } };
  const store = getLiveStore();
  let follow: FollowTarget | null = null;
  let quiz: LiveQuiz | null = null;
  try {
    [follow, quiz] = await Promise.all([store.follow(), store.quiz()]);
  } catch {
    // The store is away: the stream still opens; the next event brings the state.
  }
  return eventStreamResponse(
    request,
    (writer) => {
      // Where the class is now, first: a student who connects or reconnects late still follows.
      writer.send('follow', { target: follow });
      writer.send('quiz', quiz === null ? null : { run: quiz.run, status: quiz.status });
      const off = getSiteChannel().subscribe(CLASS_TOPIC, (event) => {
        if (event.name === 'follow' || event.name === 'quiz') writer.send(event.name, event.data, event.id);
      });
      return off;
    },
    { onFinish: release },
  );
});

/** The live question as a student sees it, in her language. */
export interface StudentQuizView {
  readonly run: string;
  readonly status: QuizStatus;
  readonly lessonTitle: string;
  readonly number: number;
  readonly total: number;
  readonly prompt: string;
  readonly options: readonly string[];
  /** Her answer, or null. */
  readonly chosen: number | null;
  /** Once revealed: the right option and each option's explanation. */
  readonly reveal: { readonly correct: number; readonly explanations: readonly string[] } | null;
}

function studentView(quiz: LiveQuiz, locale: Locale, chosen: number | null): StudentQuizView | null {
  const questions = lessonQuizQuestions(locale, quiz.slug);
  const question = questions?.[quiz.question];
  const lesson = findLesson(quiz.slug);
  if (question === undefined || lesson === undefined || questions === null) return null;
  return {
    run: quiz.run,
    status: quiz.status,
    lessonTitle: lesson.title[locale],
    number: quiz.question + 1,
    total: questions.length,
    prompt: question.prompt,
    options: question.options.map((option) => option.text),
    chosen,
    reveal:
      quiz.status === 'revealed'
        ? {
            correct: question.options.findIndex((option) => option.correct === true),
            explanations: question.options.map((option) => option.explanation),
          }
        : null,
  };
}

/** `GET /api/class/live` → `{follow, quiz: StudentQuizView | null}` for a joined student (the poll when her stream cannot open); 403 otherwise. */
export const studentLive = apiRoute({ session: 'stateful' }, async ({ session, established, locale }) => {
  const member = established ? readMember(session.data) : null;
  if (member === null) return { ok: false, error: { code: 'class_join_required' } };
  const store = getLiveStore();
  const [follow, quiz] = await Promise.all([store.follow(), store.quiz()]);
  const chosen = quiz === null ? null : ((await store.answers(quiz.run)).get(member.id) ?? null);
  return jsonResponse({ follow, quiz: quiz === null ? null : studentView(quiz, locale, chosen) });
});

const answerSchema = z.object({ run: z.string().min(1).max(40), option: z.number().int().min(0).max(7) }).strict();

/** `POST /api/class/quiz {run, option}` → 204: her one answer (a later one replaces it); 409 once closed or when not the live run; 403 not joined. */
export const answerQuiz = apiRoute({ session: 'stateful', schema: answerSchema }, async ({ session, established, input }) => {
  const member = established ? readMember(session.data) : null;
  if (member === null) {
    session.unset();
    return { ok: false, error: { code: 'class_join_required' } };
  }
  // Keyed by the class record's id, which a login's new session ID keeps: one answer per student.
  const outcome = await getLiveStore().answer(input.run, member.id, input.option);
  if (outcome === 'closed') return { ok: false, error: { code: 'live_quiz_closed' } };
  if (outcome === 'not-current') return { ok: false, error: { code: 'live_quiz_not_current' } };
  session.unset();
  getSiteChannel().publish(CLASS_TOPIC, 'answers', { run: input.run });
  return emptyResponse();
});

// --- The instructor's side ----------------------------------------------------------------

function instructorOnly(request: Request): DemoError | null {
  return isInstructorRequest(request.headers) ? null : { code: 'instructor_login_required' };
}

/** The live question as the projector shows it: all of it, with the counts. */
export interface InstructorQuizView extends Omit<StudentQuizView, 'chosen' | 'reveal'> {
  readonly slug: string;
  readonly question: number;
  readonly correct: number;
  readonly explanations: readonly string[];
  /** Answers per option. */
  readonly counts: readonly number[];
  readonly answered: number;
}

export interface LiveView {
  readonly follow: FollowTarget | null;
  readonly quiz: InstructorQuizView | null;
  /** Students who joined (in the store now). */
  readonly joined: number;
  /** The prompts of the asked-for lesson's quiz (`?lesson=<slug>`), to pick one to start; null without one. */
  readonly questions: readonly string[] | null;
}

async function joinedCount(): Promise<number> {
  let joined = 0;
  for (const stored of (await getSiteSession().options.store.all()).values()) if (readMember(stored) !== null) joined += 1;
  return joined;
}

/** The live state for the presenter view, in `locale`. */
export async function loadLiveView(locale: Locale, lesson: string | null = null): Promise<LiveView> {
  const store = getLiveStore();
  const [follow, quiz, joined] = await Promise.all([store.follow(), store.quiz(), joinedCount()]);
  let view: InstructorQuizView | null = null;
  if (quiz !== null) {
    const base = studentView({ ...quiz, status: 'revealed' }, locale, null);
    const counts = tallyAnswers((await store.answers(quiz.run)).values(), quiz.optionCount);
    if (base !== null && base.reveal !== null) {
      const { reveal, chosen: _chosen, ...rest } = base;
      view = {
        ...rest,
        status: quiz.status,
        slug: quiz.slug,
        question: quiz.question,
        correct: reveal.correct,
        explanations: reveal.explanations,
        counts,
        answered: counts.reduce((sum, count) => sum + count, 0),
      };
    }
  }
  const questions = lesson !== null && findLesson(lesson) !== undefined ? lessonQuizQuestions(locale, lesson) : null;
  return { follow, quiz: view, joined, questions: questions?.map((question) => question.prompt) ?? null };
}

/** `GET /api/instructor/live[?lesson=<slug>]` → `LiveView`; 401 without the instructor cookie. */
export const liveView = apiRoute({ authorize: instructorOnly }, async ({ locale, request }) =>
  jsonResponse(await loadLiveView(locale, new URL(request.url).searchParams.get('lesson'))),
);

function sectionExists(slug: string, section: string): boolean {
  const source = readLessonSource('en', slug);
  return source !== null && lessonOutline(source).some((heading) => heading.id === section);
}

/** `POST /api/instructor/follow {kind: 'lesson', slug, section?} | {kind: 'lab', path}` → `{target}`: every following student goes there. */
export const followMe = apiRoute({ authorize: instructorOnly, schema: followInputSchema }, async ({ input }) => {
  if (
    input.kind === 'lesson' &&
    (findLesson(input.slug) === undefined || (input.section != null && !sectionExists(input.slug, input.section)))
  )
    return { ok: false, error: { code: 'live_unknown_lesson' } };
  const target = newFollowTarget(input, Date.now());
  await getLiveStore().setFollow(target);
  getSiteChannel().publish(CLASS_TOPIC, 'follow', { target });
  return jsonResponse({ target });
});

/** `DELETE /api/instructor/follow` → 204: the instructor stops leading; students stay where they are. */
export const stopFollow = apiRoute({ authorize: instructorOnly }, async () => {
  await getLiveStore().setFollow(null);
  getSiteChannel().publish(CLASS_TOPIC, 'follow', { target: null });
  return emptyResponse();
});

const quizActionSchema = z.union([
  z
    .object({ action: z.literal('start'), slug: z.string().regex(/^[a-z0-9-]{1,60}$/), question: z.number().int().min(0).max(100) })
    .strict(),
  z.object({ action: z.enum(['close', 'reveal', 'end']), run: z.string().min(1).max(40) }).strict(),
]);

/**
 * `POST /api/instructor/quiz` `{action: 'start', slug, question}` → `{run}` (a new run; the old
 * one's answers go), or `{action: 'close' | 'reveal' | 'end', run}` → 204; 409 when `run` is not
 * the live one or the step is not allowed (close twice), 404 for an unknown question.
 */
export const quizControl = apiRoute({ authorize: instructorOnly, schema: quizActionSchema }, async ({ input }) => {
  const store = getLiveStore();
  const channel = getSiteChannel();
  if (input.action === 'start') {
    const question = findLesson(input.slug) === undefined ? undefined : lessonQuizQuestions('en', input.slug)?.[input.question];
    if (question === undefined) return { ok: false, error: { code: 'live_unknown_lesson' } };
    const quiz = newLiveQuiz(input.slug, input.question, question.options.length, Date.now());
    await store.setQuiz(quiz);
    channel.publish(CLASS_TOPIC, 'quiz', { run: quiz.run, status: quiz.status });
    return jsonResponse({ run: quiz.run });
  }
  if (input.action === 'end') {
    const current = await store.quiz();
    if (current === null || current.run !== input.run) return { ok: false, error: { code: 'live_quiz_not_current' } };
    await store.setQuiz(null);
    channel.publish(CLASS_TOPIC, 'quiz', null);
    return emptyResponse();
  }
  const next = await store.advance(input.run, input.action === 'close' ? 'closed' : 'revealed');
  if (next === null) return { ok: false, error: { code: 'live_quiz_not_current' } };
  channel.publish(CLASS_TOPIC, 'quiz', { run: next.run, status: next.status });
  return emptyResponse();
});
