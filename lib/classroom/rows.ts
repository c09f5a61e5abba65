/*
 * The dashboard's rows, decided in the browser from what the server sent, so idle times and
 * the "stuck" flag move on between refreshes (and a test can move the clock). Pure: no I/O.
 */

/** A joined student as the server describes her to the dashboard. */
export interface StudentView {
  readonly id: string;
  readonly nickname: string;
  readonly joinedAt: number;
  readonly lastActiveAt: number;
  /** What she is looking at, in the instructor's words, or null before her page first reported. */
  readonly place: {
    readonly path: string;
    /** Lesson or lab title. */
    readonly title: string;
    /** The lesson's section heading, or null (a lab, or the top of a lesson). */
    readonly section: string | null;
    readonly kind: 'lesson' | 'lab' | 'page';
    readonly since: number;
  } | null;
  /** First tries over every quiz she answered: right and answered. */
  readonly firstTryRight: number;
  readonly answered: number;
  readonly wrongStreak: number;
  readonly cartItems: number;
  /** The demo user she is logged in as, or null. */
  readonly user: string | null;
}

/**
 * Minutes on one section before a student counts as stuck. A lesson section is 150–400 words:
 * one to two minutes of reading at 200 words a minute, three with its demo. Five minutes
 * without moving on is well past that, yet short enough to help within a 45-minute class.
 */
export const DEFAULT_STUCK_MINUTES = 5;

/** Wrong answers in a row that flag a student as stuck. */
export const STUCK_WRONG_STREAK = 3;

export type StuckReason = 'idle' | 'wrong-answers';

export interface StudentRow extends StudentView {
  readonly idleMs: number;
  /** How long she has been on this section (ms), 0 without a place. */
  readonly onSectionMs: number;
  readonly stuck: readonly StuckReason[];
}

export type RowSort = 'stuck' | 'name' | 'idle' | 'score' | 'place';
export type RowFilter = 'all' | 'stuck' | 'active';

/** Why a student is stuck: on one section at least `stuckAfterMs`, or three wrong answers in a row. */
export function stuckReasons(student: StudentView, now: number, stuckAfterMs: number): StuckReason[] {
  const reasons: StuckReason[] = [];
  if (student.place !== null && now - student.place.since >= stuckAfterMs) reasons.push('idle');
  if (student.wrongStreak >= STUCK_WRONG_STREAK) reasons.push('wrong-answers');
  return reasons;
}

export function toRow(student: StudentView, now: number, stuckAfterMs: number): StudentRow {
  return {
    ...student,
    idleMs: Math.max(0, now - student.lastActiveAt),
    onSectionMs: student.place === null ? 0 : Math.max(0, now - student.place.since),
    stuck: stuckReasons(student, now, stuckAfterMs),
  };
}

const byName = (a: StudentRow, b: StudentRow) =>
  a.nickname.localeCompare(b.nickname, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
const score = (row: StudentRow) => (row.answered === 0 ? -1 : row.firstTryRight / row.answered);

const COMPARE: Record<RowSort, (a: StudentRow, b: StudentRow) => number> = {
  stuck: (a, b) => b.stuck.length - a.stuck.length || b.onSectionMs - a.onSectionMs || byName(a, b),
  name: byName,
  idle: (a, b) => b.idleMs - a.idleMs || byName(a, b),
  score: (a, b) => score(a) - score(b) || byName(a, b),
  place: (a, b) =>
    (a.place?.path ?? '~').localeCompare(b.place?.path ?? '~') ||
    (a.place?.section ?? '').localeCompare(b.place?.section ?? '') ||
    byName(a, b),
};

/** How long since a student did something before she no longer counts as active. */
export const ACTIVE_WITHIN_MS = 2 * 60_000;

/**
 * The rows to show: filtered (`stuck`, `active` within 2 minutes, or all), then narrowed to
 * nicknames and places containing `query`, then sorted. `stuck` sorts the stuck first, longest
 * on one section at the top; `score` puts the lowest first-try score first.
 */
export function classRows(
  students: readonly StudentView[],
  options: { now: number; stuckAfterMs: number; sort: RowSort; filter: RowFilter; query?: string },
): StudentRow[] {
  const query = options.query?.trim().toLocaleLowerCase() ?? '';
  return students
    .map((student) => toRow(student, options.now, options.stuckAfterMs))
    .filter((row) =>
      options.filter === 'stuck' ? row.stuck.length > 0 : options.filter === 'active' ? row.idleMs < ACTIVE_WITHIN_MS : true,
    )
    .filter(
      (row) =>
        query === '' ||
        row.nickname.toLocaleLowerCase().includes(query) ||
        (row.place?.title.toLocaleLowerCase().includes(query) ?? false) ||
        (row.place?.section?.toLocaleLowerCase().includes(query) ?? false),
    )
    .sort(COMPARE[options.sort]);
}

/** "4:05" for ms; "1:02:03" past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
