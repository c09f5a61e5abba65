import { emptyResponse, jsonResponse } from '@/lib/http/api-route';
import type { Locale } from '@/lib/i18n/locales';
import type { StoredSession } from '@/lib/session';
import { readCart } from '@/lib/shop/cart';
import { apiRoute } from '@/lib/site/api-route';
import { getSiteSession } from '@/lib/site/session';
import { joinClass, leaveClass, movePlace, readMember, recordAnswer, saveMember } from './member';
import { joinInputSchema } from './nickname';
import { describePlace } from './places';
import { reportSchema } from './report';
import type { StudentView } from './rows';
import { getClassState, getLiveStore } from './state';

/*
 * The class API. A student joins with a nickname (no account, no password): the nickname is
 * kept in her session, which is exactly what a session is for. Her pages then report where
 * she is and how her quiz answers went; the dashboard reads it all back out of the store.
 */

/** `GET /api/class/me` → `{nickname, endedBy}`: who this browser is in the class; never creates a session. */
export const me = apiRoute({ session: 'stateful' }, async ({ session, request }) => {
  const member = readMember(session.data);
  let endedBy = null;
  if (member === null) {
    const { sessionCookie } = await getSiteSession().inspect(request.headers);
    const gone = sessionCookie.reason === 'unknown-sid' || sessionCookie.reason === 'expired';
    endedBy = await getLiveStore().endedBy(gone ? sessionCookie.sid : null, Date.now());
  }
  return { ok: true, value: { nickname: member?.nickname ?? null, endedBy } };
});

/** `POST /api/class/join {nickname}` → `{nickname}`: joins, or changes the nickname of one who joined. */
export const join = apiRoute({ session: 'stateful', schema: joinInputSchema }, async ({ session, input }) => {
  const now = Date.now();
  const { member, isNew } = joinClass(session.data, input.nickname, now);
  // A new student, not a new name: renaming is the same student.
  if (isNew) await getLiveStore().recordJoin(member.nickname, now);
  return { ok: true, value: { nickname: member.nickname } };
});

/** `DELETE /api/class/join` → `{nickname: null}`: leaves the class; the rest of the session stays. */
export const leave = apiRoute({ session: 'stateful' }, ({ session }) => {
  if (readMember(session.data) !== null) leaveClass(session.data);
  return { ok: true, value: { nickname: null } };
});

/**
 * `POST /api/class/report` `{kind: 'place', path, section?}` or `{kind: 'answer', quiz,
 * question, total, right}` → 204 when recorded, 200 `{joined: false}` when this browser is not
 * in the class (nothing is created); 429 past 60 reports a minute per session.
 */
export const report = apiRoute({ session: 'stateful', schema: reportSchema }, ({ session, input, established }) => {
  const member = established ? readMember(session.data) : null;
  if (member === null) {
    session.unset();
    return jsonResponse({ joined: false });
  }
  const { reports } = getClassState();
  const decision = reports.check([session.id]);
  if (!decision.allowed)
    return { ok: false, error: { code: 'too_many_reports', params: { retryAfterSeconds: decision.retryAfterSeconds } } };
  reports.recordFailure([session.id]);
  const now = Date.now();
  saveMember(
    session.data,
    input.kind === 'place' ? movePlace(member, input.path, input.section ?? null, now) : recordAnswer(member, input, now),
  );
  return emptyResponse();
});

function loggedInAs(stored: StoredSession): string | null {
  const user = stored.user as { username?: unknown } | undefined;
  return typeof user === 'object' && user !== null && typeof user.username === 'string' ? user.username : null;
}

/** The students in the store, described in `locale`: what the dashboard's rows are made of. */
export function studentsIn(sessions: ReadonlyMap<string, StoredSession>, locale: Locale): StudentView[] {
  const students: StudentView[] = [];
  for (const stored of sessions.values()) {
    const member = readMember(stored);
    if (member === null) continue;
    const firsts = Object.values(member.quizzes).flatMap((tally) => tally.first.filter((first) => first !== null));
    students.push({
      id: member.id,
      nickname: member.nickname,
      joinedAt: member.joinedAt,
      lastActiveAt: member.lastActiveAt,
      place: member.place === null ? null : describePlace(member.place, locale),
      firstTryRight: firsts.filter((first) => first === 1).length,
      answered: firsts.length,
      wrongStreak: member.wrongStreak,
      cartItems: readCart(stored).reduce((sum, line) => sum + line.qty, 0),
      user: loggedInAs(stored),
    });
  }
  return students;
}
