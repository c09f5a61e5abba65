import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { z } from 'zod';
import { EndedSessions, ENDED_MEMORY_MS, endedDigest, MAX_ENDED, type EndedBy } from './ended-sessions';
import { JOIN_WINDOW_MINUTES, JoinLog, joinChart, joinKey, MAX_JOINS, oldestInWindow, type JoinChart } from './join-log';

/*
 * The class's live state, shared by every server instance behind one store: where the
 * instructor is leading the class ("follow me"), the live quiz question with its answers, who
 * joined when (the dashboard's chart) and which sessions the instructor ended (so a student is
 * told who ended hers).
 * In Redis when the sessions are in Redis (so a student who connects to the other instance, or
 * reconnects later, reads the same), else in this process. The channel's `class` topic only
 * says that it changed.
 */

/** Where the instructor leads the class: a lesson (and a `##` section of it) or a lab page. Locale-free: each student opens it in her own language. */
export type FollowTarget =
  | { readonly id: string; readonly kind: 'lesson'; readonly slug: string; readonly section: string | null; readonly at: number }
  | { readonly id: string; readonly kind: 'lab'; readonly path: string; readonly at: number };

export type QuizStatus = 'open' | 'closed' | 'revealed';

/** The question the class is answering: lesson `slug`'s question `question` (0-based), run `run`. */
export interface LiveQuiz {
  readonly run: string;
  readonly slug: string;
  readonly question: number;
  readonly optionCount: number;
  readonly status: QuizStatus;
  readonly startedAt: number;
}

/** How long the live state outlives its last change (a class is an afternoon). */
export const LIVE_TTL_MS = 6 * 60 * 60_000;
/** The most answers one question keeps (one per student; a class is 30–200). */
export const MAX_ANSWERS = 2_000;

const slugPattern = /^[a-z0-9-]{1,60}$/;
const sectionPattern = /^[a-z0-9-]{1,80}$/;
/** A lab page under `/<locale>/`: `lab`, `lab/cart`, `lab/security/csrf`… */
const labPathPattern = /^lab(?:\/[a-z0-9-]{1,40}){0,3}$/;

const followSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().max(40),
    kind: z.literal('lesson'),
    slug: z.string().regex(slugPattern),
    section: z.string().regex(sectionPattern).nullable(),
    at: z.number(),
  }),
  z.object({ id: z.string().max(40), kind: z.literal('lab'), path: z.string().regex(labPathPattern), at: z.number() }),
]);
const quizSchema = z.object({
  run: z.string().max(40),
  slug: z.string().regex(slugPattern),
  question: z.number().int().min(0).max(100),
  optionCount: z.number().int().min(2).max(8),
  status: z.enum(['open', 'closed', 'revealed']),
  startedAt: z.number(),
});

/** What the instructor may send to lead the class. */
export const followInputSchema = z.union([
  z
    .object({
      kind: z.literal('lesson'),
      slug: z.string().regex(slugPattern),
      section: z.string().regex(sectionPattern).nullable().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('lab'), path: z.string().regex(labPathPattern) }).strict(),
]);
export type FollowInput = z.infer<typeof followInputSchema>;

/** A new follow target (a fresh id, so a student's page can tell a new push from one it already followed). */
export function newFollowTarget(input: FollowInput, now: number): FollowTarget {
  const id = randomBytes(8).toString('base64url');
  return input.kind === 'lesson'
    ? { id, kind: 'lesson', slug: input.slug, section: input.section ?? null, at: now }
    : { id, kind: 'lab', path: input.path, at: now };
}

/** The site path of a follow target in `locale`, with the section as fragment. */
export function followHref(target: FollowTarget, locale: string): string {
  return target.kind === 'lesson'
    ? `/${locale}/learn/${target.slug}${target.section === null ? '' : `#${target.section}`}`
    : `/${locale}/${target.path}`;
}

/** A new, open run of a question. */
export function newLiveQuiz(slug: string, question: number, optionCount: number, now: number): LiveQuiz {
  return { run: randomBytes(8).toString('base64url'), slug, question, optionCount, status: 'open', startedAt: now };
}

/** The quiz moved on: open → closed → revealed; anything else is refused (null). */
export function advanceQuiz(quiz: LiveQuiz, to: 'closed' | 'revealed'): LiveQuiz | null {
  if (to === 'closed') return quiz.status === 'open' ? { ...quiz, status: 'closed' } : null;
  return quiz.status === 'revealed' ? null : { ...quiz, status: 'revealed' };
}

/** What became of an answer: kept, the question is closed, or that run is not the current one. */
export type AnswerOutcome = 'recorded' | 'closed' | 'not-current';

/** Answers per option (index = option), from each student's one answer. */
export function tallyAnswers(answers: Iterable<number>, optionCount: number): number[] {
  const counts = new Array<number>(optionCount).fill(0);
  for (const option of answers) if (option >= 0 && option < optionCount) counts[option]! += 1;
  return counts;
}

/** The class's live state, wherever it is kept. */
export interface LiveStore {
  follow(): Promise<FollowTarget | null>;
  setFollow(target: FollowTarget | null): Promise<void>;
  quiz(): Promise<LiveQuiz | null>;
  /** Replaces the current question (a new run forgets the old run's answers). */
  setQuiz(quiz: LiveQuiz | null): Promise<void>;
  /** Changes the status of run `run` only if it is still the current one; the quiz after, or null. */
  advance(run: string, to: 'closed' | 'revealed'): Promise<LiveQuiz | null>;
  /** Keeps `student`'s answer to run `run` (replacing an earlier one) while the run is current and open. */
  answer(run: string, student: string, option: number): Promise<AnswerOutcome>;
  /** Every student's answer to run `run`: student → option. */
  answers(run: string): Promise<Map<string, number>>;
  /** Counts a student who joined under `nickname` unless that nickname joined within the chart's window. */
  recordJoin(nickname: string, at: number): Promise<void>;
  /** Marks a reset of the class on the chart; the history stays. */
  markReset(at: number): Promise<void>;
  /** Students joined per minute over the window, with the resets marked. */
  joinChart(now: number): Promise<JoinChart>;
  /** Remembers (for two hours, as digests) that the instructor ended these sessions. */
  recordEnded(sids: readonly string[], by: EndedBy, at: number): Promise<void>;
  /** Who ended `sid`, if the instructor did within the last two hours. */
  endedBy(sid: string | null, now: number): Promise<EndedBy | null>;
  close(): Promise<void>;
}

function parseStored<T>(schema: z.ZodType<T>, text: string | null): T | null {
  if (text === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The live state in this process (one server, or tests). */
export class MemoryLiveStore implements LiveStore {
  #follow: FollowTarget | null = null;
  #quiz: LiveQuiz | null = null;
  #answers = new Map<string, number>();

  async follow() {
    return this.#follow;
  }
  async setFollow(target: FollowTarget | null) {
    this.#follow = target;
  }
  async quiz() {
    return this.#quiz;
  }
  async setQuiz(quiz: LiveQuiz | null) {
    if (quiz?.run !== this.#quiz?.run) this.#answers = new Map();
    this.#quiz = quiz;
  }
  async advance(run: string, to: 'closed' | 'revealed') {
    if (this.#quiz === null || this.#quiz.run !== run) return null;
    const next = advanceQuiz(this.#quiz, to);
    if (next !== null) this.#quiz = next;
    return next;
  }
  async answer(run: string, student: string, option: number): Promise<AnswerOutcome> {
    const quiz = this.#quiz;
    if (quiz === null || quiz.run !== run || option < 0 || option >= quiz.optionCount) return 'not-current';
    if (quiz.status !== 'open') return 'closed';
    if (!this.#answers.has(student) && this.#answers.size >= MAX_ANSWERS) return 'closed';
    this.#answers.set(student, option);
    return 'recorded';
  }
  async answers(run: string) {
    return this.#quiz?.run === run ? new Map(this.#answers) : new Map<string, number>();
  }
  readonly #joins = new JoinLog();
  readonly #ended = new EndedSessions();
  async recordJoin(nickname: string, at: number) {
    this.#joins.record(nickname, at);
  }
  async markReset(at: number) {
    this.#joins.markReset(at);
  }
  async joinChart(now: number) {
    return this.#joins.chart(now);
  }
  async recordEnded(sids: readonly string[], by: EndedBy, at: number) {
    this.#ended.record(sids, by, at);
  }
  async endedBy(sid: string | null, now: number) {
    return this.#ended.endedBy(sid, now);
  }
  async close() {}
}

const FOLLOW_KEY = 'pathshala:class:follow';
const QUIZ_KEY = 'pathshala:class:quiz';
const answersKey = (run: string) => `pathshala:class:answers:${run}`;
const JOINS_KEY = 'pathshala:class:joins';
const RESETS_KEY = 'pathshala:class:resets';
const endedKey = (digest: string) => `pathshala:class:ended:${digest}`;
/** How many ended sessions are written in one round trip. */
const ENDED_BATCH = 500;

// A nickname counts once per window: drop joins older than the window, add this one only if new (NX), keep the newest MAX_JOINS.
const JOIN_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
local extra = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
if extra > 0 then redis.call('ZPOPMIN', KEYS[1], extra) end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

// Checks the run and its status and keeps the answer in one step, so a close between the two cannot let one in.
const ANSWER_SCRIPT = `
local text = redis.call('GET', KEYS[1])
if not text then return 'not-current' end
local quiz = cjson.decode(text)
local option = tonumber(ARGV[3])
if quiz.run ~= ARGV[1] or option < 0 or option >= quiz.optionCount then return 'not-current' end
if quiz.status ~= 'open' then return 'closed' end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 0 and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[5]) then return 'closed' end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 'recorded'
`;

const ADVANCE_SCRIPT = `
local text = redis.call('GET', KEYS[1])
if not text then return false end
local quiz = cjson.decode(text)
if quiz.run ~= ARGV[1] then return false end
if ARGV[2] == 'closed' and quiz.status ~= 'open' then return false end
if ARGV[2] == 'revealed' and quiz.status == 'revealed' then return false end
quiz.status = ARGV[2]
local updated = cjson.encode(quiz)
redis.call('SET', KEYS[1], updated, 'PX', ARGV[3])
return updated
`;

/** The live state in Redis, beside the sessions: every instance reads and writes the same keys. */
export class RedisLiveStore implements LiveStore {
  readonly #client: ReturnType<typeof createClient>;
  #connecting: Promise<unknown> | null = null;

  constructor(url: string) {
    this.#client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1_000) },
    });
    this.#client.on('error', () => {});
  }

  async #ready() {
    if (!this.#client.isOpen) this.#connecting ??= this.#client.connect();
    await this.#connecting;
    return this.#client;
  }

  async follow() {
    return parseStored(followSchema, await (await this.#ready()).get(FOLLOW_KEY));
  }
  async setFollow(target: FollowTarget | null) {
    const client = await this.#ready();
    if (target === null) await client.del(FOLLOW_KEY);
    else await client.set(FOLLOW_KEY, JSON.stringify(target), { PX: LIVE_TTL_MS });
  }
  async quiz() {
    return parseStored(quizSchema, await (await this.#ready()).get(QUIZ_KEY));
  }
  async setQuiz(quiz: LiveQuiz | null) {
    const client = await this.#ready();
    const previous = await this.quiz();
    if (quiz === null) await client.del(QUIZ_KEY);
    else await client.set(QUIZ_KEY, JSON.stringify(quiz), { PX: LIVE_TTL_MS });
    if (previous !== null && previous.run !== quiz?.run) await client.del(answersKey(previous.run));
  }
  async advance(run: string, to: 'closed' | 'revealed') {
    const client = await this.#ready();
    const result = await client.eval(ADVANCE_SCRIPT, { keys: [QUIZ_KEY], arguments: [run, to, String(LIVE_TTL_MS)] });
    return typeof result === 'string' ? parseStored(quizSchema, result) : null;
  }
  async answer(run: string, student: string, option: number): Promise<AnswerOutcome> {
    const client = await this.#ready();
    const result = await client.eval(ANSWER_SCRIPT, {
      keys: [QUIZ_KEY, answersKey(run)],
      arguments: [run, student, String(option), String(LIVE_TTL_MS), String(MAX_ANSWERS)],
    });
    return result === 'recorded' || result === 'closed' ? result : 'not-current';
  }
  async answers(run: string) {
    const stored = await (await this.#ready()).hGetAll(answersKey(run));
    const answers = new Map<string, number>();
    for (const [student, option] of Object.entries(stored)) {
      const value = Number(option);
      if (Number.isInteger(value)) answers.set(student, value);
    }
    return answers;
  }
  async recordJoin(nickname: string, at: number) {
    const client = await this.#ready();
    await client.eval(JOIN_SCRIPT, {
      keys: [JOINS_KEY],
      arguments: [joinKey(nickname), String(at), String(oldestInWindow(at, JOIN_WINDOW_MINUTES)), String(MAX_JOINS), String(LIVE_TTL_MS)],
    });
  }
  async markReset(at: number) {
    const client = await this.#ready();
    await client
      .multi()
      .zRemRangeByScore(RESETS_KEY, '-inf', `(${oldestInWindow(at, JOIN_WINDOW_MINUTES)}`)
      .zAdd(RESETS_KEY, { score: at, value: `${at}:${randomBytes(4).toString('hex')}` })
      .pExpire(RESETS_KEY, LIVE_TTL_MS)
      .exec();
  }
  async joinChart(now: number) {
    const client = await this.#ready();
    const oldest = oldestInWindow(now, JOIN_WINDOW_MINUTES);
    const [joins, resets] = await Promise.all([
      client.zRangeByScoreWithScores(JOINS_KEY, oldest, '+inf'),
      client.zRangeByScoreWithScores(RESETS_KEY, oldest, '+inf'),
    ]);
    return joinChart(
      joins.map((entry) => entry.score),
      resets.map((entry) => entry.score),
      now,
      JOIN_WINDOW_MINUTES,
    );
  }
  async recordEnded(sids: readonly string[], by: EndedBy, _at: number) {
    const client = await this.#ready();
    const recorded = sids.slice(-MAX_ENDED);
    for (let start = 0; start < recorded.length; start += ENDED_BATCH) {
      const batch = client.multi();
      for (const sid of recorded.slice(start, start + ENDED_BATCH)) batch.set(endedKey(endedDigest(sid)), by, { PX: ENDED_MEMORY_MS });
      await batch.exec();
    }
  }
  async endedBy(sid: string | null, _now: number) {
    if (sid === null) return null;
    const by = await (await this.#ready()).get(endedKey(endedDigest(sid)));
    return by === 'reset' || by === 'expire-all' ? by : null;
  }
  async close() {
    if (this.#client.isOpen) this.#client.destroy();
  }
}
