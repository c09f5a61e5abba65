import { byLocale } from './by-locale';
import { playground as en, type PlaygroundMessages } from './en/playground';
import { playground as hiLatn } from './hi-latn/playground';
import { playground as hi } from './hi/playground';

export type { PlaygroundMessages };

/** The options playground. Text between backticks is code; the widget renders it as <code>, never as HTML. */
export const playgroundMessages = byLocale<PlaygroundMessages>({ 'hi-latn': hiLatn, en, hi });
