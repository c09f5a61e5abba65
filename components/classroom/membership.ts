/*
 * Whether this browser joined the class, remembered in localStorage. It is only a hint for
 * the page (report where I am, or stay quiet): the nickname itself lives in the session on the
 * server, behind an HttpOnly cookie the page cannot read.
 */

const JOINED_KEY = 'pathshala.class';
const CHANGE_EVENT = 'pathshala:class-membership';

/** Fired on `document` by the quiz for each answer: `{quiz, question, total, right}`. */
export const QUIZ_ANSWER_EVENT = 'pathshala:quiz-answer';

export function hasJoined(): boolean {
  try {
    return localStorage.getItem(JOINED_KEY) === 'joined';
  } catch {
    return false;
  }
}

/** Who ended this tab's class session, as the notice said it; kept for the tab so a reload or a remount still shows it. */
const ENDED_KEY = 'pathshala.class-ended';
export type EndedBy = 'reset' | 'expire-all' | null;

export function rememberedEnded(): { by: EndedBy } | null {
  try {
    const value = sessionStorage.getItem(ENDED_KEY);
    if (value === null) return null;
    return { by: value === 'reset' || value === 'expire-all' ? value : null };
  } catch {
    return null;
  }
}

/** Remembers the notice (`undefined` forgets it: dismissed, or joined again). */
export function rememberEnded(by: EndedBy | undefined): void {
  try {
    if (by === undefined) sessionStorage.removeItem(ENDED_KEY);
    else sessionStorage.setItem(ENDED_KEY, by ?? 'unknown');
  } catch {
    // Storage blocked: the notice lasts as long as the page.
  }
}

export function setJoined(joined: boolean): void {
  if (joined) rememberEnded(undefined);
  try {
    if (joined) localStorage.setItem(JOINED_KEY, 'joined');
    else localStorage.removeItem(JOINED_KEY);
  } catch {
    // Storage blocked: the page will not report; the class still has the nickname.
  }
  document.dispatchEvent(new Event(CHANGE_EVENT));
}

export function onMembershipChange(listener: () => void): () => void {
  document.addEventListener(CHANGE_EVENT, listener);
  return () => document.removeEventListener(CHANGE_EVENT, listener);
}
