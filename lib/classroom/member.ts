import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SessionData } from '@/lib/session';
import { cleanNickname } from './nickname';

/*
 * A student who joined the class, kept in her own session under `classroom`: the nickname she
 * chose, where she is in the course and how her quizzes went. This is the demo of what a
 * session is for — the server remembers a visitor between requests without an account.
 */

/** The session key of the class record. */
export const MEMBER_KEY = 'classroom';

/** The most quizzes a record keeps (the course has 13). */
export const MAX_QUIZZES = 30;
/** The most questions a quiz may report. */
export const MAX_QUESTIONS = 40;

/** One quiz as far as the student got: each question's first answer, right (1) or wrong (0), or null. */
export interface QuizTally {
  readonly first: readonly (0 | 1 | null)[];
}

/** Where the student's page said she is: a site path and the lesson section she is reading. */
export interface Place {
  readonly path: string;
  readonly section: string | null;
  /** When she arrived at this path and section (ms). */
  readonly since: number;
}

export interface Member {
  /** A random row key for the dashboard; never the session ID. */
  readonly id: string;
  readonly nickname: string;
  readonly joinedAt: number;
  readonly lastActiveAt: number;
  readonly place: Place | null;
  readonly quizzes: Readonly<Record<string, QuizTally>>;
  /** Wrong answers in a row, across quizzes; a right one starts again from 0. */
  readonly wrongStreak: number;
}

const time = z.number().int().nonnegative();
const placeSchema = z.object({ path: z.string().max(200), section: z.string().max(80).nullable(), since: time });
const tallySchema = z.object({ first: z.array(z.union([z.literal(0), z.literal(1), z.null()])).max(MAX_QUESTIONS) });
const storedSchema = z.object({
  id: z.string().regex(/^[a-f0-9]{12}$/),
  nickname: z.string(),
  joinedAt: time,
  lastActiveAt: time,
  place: placeSchema.nullable(),
  quizzes: z.record(z.string().max(80), tallySchema),
  wrongStreak: z.number().int().min(0).max(1_000),
});

/** The class record in `data`, or null when the student has not joined (or the record is damaged). */
export function readMember(data: SessionData): Member | null {
  const parsed = storedSchema.safeParse(data[MEMBER_KEY]);
  if (!parsed.success) return null;
  const nickname = cleanNickname(parsed.data.nickname);
  return nickname === null ? null : { ...parsed.data, nickname };
}

function write(data: SessionData, member: Member): Member {
  data[MEMBER_KEY] = structuredClone(member);
  return member;
}

/** Joins the class as `nickname`, or renames a student who already joined (keeping her progress). */
export function joinClass(data: SessionData, nickname: string, now: number): { member: Member; renamed: boolean; isNew: boolean } {
  const current = readMember(data);
  if (current !== null) {
    return { member: write(data, { ...current, nickname, lastActiveAt: now }), renamed: current.nickname !== nickname, isNew: false };
  }
  const member: Member = {
    id: randomBytes(6).toString('hex'),
    nickname,
    joinedAt: now,
    lastActiveAt: now,
    place: null,
    quizzes: {},
    wrongStreak: 0,
  };
  return { member: write(data, member), renamed: false, isNew: true };
}

/** Leaves the class: the record goes, the rest of the session (cart, login) stays. */
export function leaveClass(data: SessionData): void {
  delete data[MEMBER_KEY];
}

/** The student's page moved: a new path or section restarts the "since" clock; the same place only counts as activity. */
export function movePlace(member: Member, path: string, section: string | null, now: number): Member {
  const same = member.place !== null && member.place.path === path && member.place.section === section;
  return { ...member, lastActiveAt: now, place: same ? member.place : { path, section, since: now } };
}

/** An answer to `question` (0-based) of quiz `quiz` with `total` questions: the first answer of each question is kept. */
export function recordAnswer(
  member: Member,
  answer: { quiz: string; question: number; total: number; right: boolean },
  now: number,
): Member {
  const known = member.quizzes[answer.quiz]?.first ?? [];
  const first = Array.from({ length: answer.total }, (_, index) => known[index] ?? null);
  if (first[answer.question] === null) first[answer.question] = answer.right ? 1 : 0;
  const quizzes = { ...member.quizzes, [answer.quiz]: { first } };
  // Oldest quizzes fall off past the cap; object key order is insertion order.
  const ids = Object.keys(quizzes);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_QUIZZES))) delete quizzes[id];
  return { ...member, lastActiveAt: now, quizzes, wrongStreak: answer.right ? 0 : member.wrongStreak + 1 };
}

/** Stores `member` back into the session. */
export function saveMember(data: SessionData, member: Member): void {
  write(data, member);
}
