import { byLocale } from './by-locale';
import { practice as en, type PracticeMessages } from './en/practice';
import { practice as hiLatn } from './hi-latn/practice';
import { practice as hi } from './hi/practice';

export type { PracticeMessages };

/** The practice track's chrome (page, check panel, grader output, the checker API). Exercise statements and check texts live with their data in lib/practice. Text between backticks is code. */
export const practiceMessages = byLocale<PracticeMessages>({ 'hi-latn': hiLatn, en, hi });
