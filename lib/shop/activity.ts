import type { SessionData } from '@/lib/session';
import { sitePathSchema } from './schemas';

/** One page visit as kept in the session. */
export interface ActivityEntry {
  readonly path: string;
  readonly title?: string;
  /** ISO time of the visit. */
  readonly at: string;
}

/** How many visits a session remembers; older ones fall off. */
export const ACTIVITY_LIMIT = 20;

/** The session key that holds the visits, newest first. */
export const ACTIVITY_KEY = 'activity';

function isEntry(value: unknown): value is ActivityEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { path, title, at } = value as Record<string, unknown>;
  return (
    sitePathSchema.safeParse(path).success &&
    (title === undefined || typeof title === 'string') &&
    typeof at === 'string' &&
    !Number.isNaN(Date.parse(at))
  );
}

/** The visits in `data`, newest first; malformed entries from the store are ignored. */
export function readActivity(data: SessionData): ActivityEntry[] {
  const raw = data[ACTIVITY_KEY];
  if (!Array.isArray(raw)) return [];
  return raw.filter(isEntry).slice(0, ACTIVITY_LIMIT);
}

/**
 * The log with a new visit in front, capped at 20. Visiting the page already on top again
 * (a reload) only refreshes its time and title instead of adding a duplicate.
 */
export function addVisit(entries: readonly ActivityEntry[], visit: { path: string; title?: string }, at: Date): ActivityEntry[] {
  const entry: ActivityEntry =
    visit.title === undefined ? { path: visit.path, at: at.toISOString() } : { path: visit.path, title: visit.title, at: at.toISOString() };
  const rest = entries[0]?.path === visit.path ? entries.slice(1) : entries;
  return [entry, ...rest].slice(0, ACTIVITY_LIMIT);
}

/** Puts `entries` into `data`; an empty log removes the key. */
export function writeActivity(data: SessionData, entries: readonly ActivityEntry[]): void {
  if (entries.length === 0) delete data[ACTIVITY_KEY];
  else data[ACTIVITY_KEY] = entries.map((entry) => ({ ...entry }));
}
