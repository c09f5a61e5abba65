/*
 * "Students joined per minute". A session is the wrong thing to count: a login regenerates the
 * ID and a reset makes everyone start a new one, so one student shows up as several sessions.
 * A student is counted when she first joins under a nickname; joining again with the same
 * nickname (after a reset, or from a second tab) within the chart's window is the same student.
 * Two students who pick one nickname count once — the dashboard's rows still show both.
 */

/** How far back the chart goes. */
export const JOIN_WINDOW_MINUTES = 15;
/** The most joins remembered at once. */
export const MAX_JOINS = 5_000;

export interface JoinChart {
  /** Students who joined in each of the last minutes, oldest first; the last is this minute. */
  readonly perMinute: readonly number[];
  /** Indexes into `perMinute` of the minutes in which the instructor reset the class. */
  readonly resets: readonly number[];
  /** Distinct students who joined in the window. */
  readonly total: number;
}

/** The same student whatever the case she types her nickname in. */
export const joinKey = (nickname: string) => nickname.toLocaleLowerCase('en');

/** The first moment still inside a window of `minutes` whole minutes ending at `now`'s minute. */
export const oldestInWindow = (now: number, minutes: number) => (Math.floor(now / 60_000) - minutes + 1) * 60_000;

/** The chart of joins (each student's first time in the window) and resets, as of `now`. */
export function joinChart(joins: Iterable<number>, resets: Iterable<number>, now: number, minutes: number): JoinChart {
  const perMinute = new Array<number>(minutes).fill(0);
  const currentMinute = Math.floor(now / 60_000);
  const indexOf = (at: number) => minutes - 1 - (currentMinute - Math.floor(at / 60_000));
  let total = 0;
  for (const at of joins) {
    const index = indexOf(at);
    if (index >= 0 && index < minutes) {
      perMinute[index]! += 1;
      total += 1;
    }
  }
  const marked = [...new Set([...resets].map(indexOf).filter((index) => index >= 0 && index < minutes))];
  return { perMinute, resets: marked, total };
}

export class JoinLog {
  // Nickname key → when first seen in the window; Map order is time order.
  readonly #joins = new Map<string, number>();
  readonly #resets: number[] = [];
  readonly #minutes: number;

  constructor(windowMinutes = JOIN_WINDOW_MINUTES) {
    this.#minutes = windowMinutes;
  }

  /** Counts a join unless this nickname already joined within the window. */
  record(nickname: string, at: number): void {
    this.#prune(at);
    if (this.#joins.has(joinKey(nickname))) return;
    this.#joins.set(joinKey(nickname), at);
    if (this.#joins.size > MAX_JOINS) this.#joins.delete(this.#joins.keys().next().value!);
  }

  /** Marks a reset of the class; the history stays. */
  markReset(at: number): void {
    this.#resets.push(at);
    this.#prune(at);
  }

  chart(now: number): JoinChart {
    this.#prune(now);
    return joinChart(this.#joins.values(), this.#resets, now, this.#minutes);
  }

  #prune(now: number): void {
    const oldest = oldestInWindow(now, this.#minutes);
    for (const [nickname, at] of this.#joins) {
      if (at >= oldest) break;
      this.#joins.delete(nickname);
    }
    while (this.#resets.length > 0 && this.#resets[0]! < oldest) this.#resets.shift();
  }
}
