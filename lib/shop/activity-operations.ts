import type { Session } from '@/lib/session';
import { ACTIVITY_KEY, addVisit, readActivity, writeActivity, type ActivityEntry } from './activity';
import type { DemoResult } from '../http/api-errors';
import { parseInput } from '@/lib/http/request-guards';
import { activityInputSchema } from './schemas';

/** The pages this session visited, newest first (at most 20). */
export function listActivity(session: Session): ActivityEntry[] {
  return readActivity(session.data);
}

/**
 * Records a visit `{path, title?}` to a page of this site — but only in a session the browser
 * already has (`established`): reading a lesson must never be what creates a session and its
 * cookie. `recorded` says whether it was kept. Invalid input is refused either way.
 */
export function recordVisit(
  session: Session,
  input: unknown,
  options: { established: boolean; now?: Date },
): DemoResult<{ recorded: boolean }> {
  const parsed = parseInput(activityInputSchema, input);
  if (!parsed.ok) return parsed;
  if (!options.established) return { ok: true, value: { recorded: false } };
  writeActivity(session.data, addVisit(readActivity(session.data), parsed.value, options.now ?? new Date()));
  return { ok: true, value: { recorded: true } };
}

/** Forgets every visit. */
export function clearActivity(session: Session): void {
  if (session.data[ACTIVITY_KEY] !== undefined) writeActivity(session.data, []);
}
