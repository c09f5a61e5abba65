/** What the pages and the service worker agree on; tiny, because client components import it. */

/** Every cache this site writes starts with this; the build ID follows. */
export const CACHE_PREFIX = 'pathshala-';

/** The message a page sends (with a MessagePort) to save pages for offline reading. */
export const SAVE_PAGES_MESSAGE = 'pathshala:save-pages';

/** What the worker posts back on the port after each page: `done` of `total`, `failed` of them not saved. */
export interface SaveProgress {
  readonly done: number;
  readonly failed: number;
  readonly total: number;
  readonly finished: boolean;
}
