import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { MAX_QUESTIONS } from './member';

/*
 * What a joined student's page reports: where it is (path and lesson section) and each quiz
 * answer. Everything is checked: a report is a request any script can forge, so it may only
 * ever describe a page of this site, in words we chose.
 */

const localeAlternation = locales.map((locale) => locale.replace(/[^a-z-]/g, '')).join('|');

/** A page of this site in any locale, path characters only, no `.` or `..` segments. */
export const classPathSchema = z
  .string()
  .max(200)
  .regex(new RegExp(`^/(?:${localeAlternation})(?:/[A-Za-z0-9._~-]+)*/?$`))
  .refine((path) => !/\/\.{1,2}(?:\/|$)/.test(path), { message: 'dot_segment' });

/** A heading ID or quiz ID as the lessons write them. */
const idSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const reportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('place'), path: classPathSchema, section: idSchema.nullable().optional() }),
  z
    .object({
      kind: z.literal('answer'),
      quiz: idSchema,
      question: z
        .int()
        .min(0)
        .max(MAX_QUESTIONS - 1),
      total: z.int().min(1).max(MAX_QUESTIONS),
      right: z.boolean(),
    })
    .refine((answer) => answer.question < answer.total, { message: 'question_out_of_range', path: ['question'] }),
]);
export type ClassReport = z.infer<typeof reportSchema>;

/** Reports one student's page may send a minute; a page sends one per section it scrolls to and one per answer. */
export const REPORTS_PER_MINUTE = 60;
