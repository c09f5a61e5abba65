import { byLocale } from './by-locale';
import { classroom as en, type ClassroomMessages } from './en/classroom';
import { classroom as hi } from './hi/classroom';
import { classroom as hiLatn } from './hi-latn/classroom';

export type { ClassroomMessages };

/** The student's side of a live class and the printable handouts. */
export const classroomMessages = byLocale<ClassroomMessages>({ 'hi-latn': hiLatn, en, hi });
