/**
 * Course progress, kept in localStorage and never in a cookie: cookies travel with every
 * request, and the server has no use for this.
 */
export const PROGRESS_KEY = 'pathshala.progress';
export const PROGRESS_EVENT = 'pathshala:progress';

export interface Progress {
  /** Lesson slug → when it was marked done (ISO time). */
  readonly done: Readonly<Record<string, string>>;
  /** The lesson the learner last opened. */
  readonly last: { readonly slug: string; readonly at: string } | null;
}

export const emptyProgress: Progress = { done: {}, last: null };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads stored progress, dropping anything malformed (storage is user-editable). */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return emptyProgress;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return emptyProgress;
    const { done, last } = value as { done?: unknown; last?: unknown };
    const cleanDone: Record<string, string> = {};
    if (typeof done === 'object' && done !== null) {
      for (const [slug, at] of Object.entries(done)) if (SLUG.test(slug) && typeof at === 'string') cleanDone[slug] = at;
    }
    const lastValue = last as { slug?: unknown; at?: unknown } | null | undefined;
    const cleanLast =
      lastValue && typeof lastValue.slug === 'string' && SLUG.test(lastValue.slug) && typeof lastValue.at === 'string'
        ? { slug: lastValue.slug, at: lastValue.at }
        : null;
    return { done: cleanDone, last: cleanLast };
  } catch {
    return emptyProgress;
  }
}

/** A quiz counts as passed with at least three quarters of the answers right. */
export function isQuizPassed(score: number, total: number): boolean {
  return total > 0 && score >= Math.ceil(total * 0.75);
}

export function markDone(progress: Progress, slug: string, at: Date): Progress {
  return { ...progress, done: { ...progress.done, [slug]: at.toISOString() } };
}

export function markNotDone(progress: Progress, slug: string): Progress {
  const done = { ...progress.done };
  delete done[slug];
  return { ...progress, done };
}

export function visit(progress: Progress, slug: string, at: Date): Progress {
  return { ...progress, last: { slug, at: at.toISOString() } };
}

export function doneCount(progress: Progress, slugs: readonly string[]): number {
  return slugs.filter((slug) => slug in progress.done).length;
}
