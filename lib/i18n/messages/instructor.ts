import { byLocale } from './by-locale';
import { instructor as en, type InstructorMessages } from './en/instructor';
import { instructor as hiLatn } from './hi-latn/instructor';
import { instructor as hi } from './hi/instructor';

export type { InstructorMessages };

/** The instructor dashboard, its API and the presenter view. */
export const instructorMessages = byLocale<InstructorMessages>({ 'hi-latn': hiLatn, en, hi });
