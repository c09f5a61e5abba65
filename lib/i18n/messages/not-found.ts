import { byLocale } from './by-locale';
import { notFound as en, type NotFoundMessages } from './en/not-found';
import { notFound as hiLatn } from './hi-latn/not-found';
import { notFound as hi } from './hi/not-found';

export type { NotFoundMessages };

/** The 404 page. An area of its own: the 404 renders in the browser, so it ships to every page. */
export const notFoundMessages = byLocale<NotFoundMessages>({ 'hi-latn': hiLatn, en, hi });
