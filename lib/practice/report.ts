import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { CheckLine, Localized } from './check-kit';
import { findExercise } from './exercises';
import type { GradeResult } from './grader';
import { practiceMessages } from '@/lib/i18n/messages/practice';

function text(value: string | Localized, lang: Locale): string {
  return typeof value === 'string' ? value : value[lang];
}

/** Where a hint points: `/hi-latn/learn/login-with-sessions#regenerate-on-login`. */
export function lessonPath(lang: Locale, slug: string, anchor: string): string {
  return `/${lang}/learn/${slug}#${anchor}`;
}

/**
 * One check as one line: the mark, what it checks, what was sent, what was expected, what
 * came back, and the lesson section to read. A passing line leaves out the hint's advice.
 */
export function formatLine(line: CheckLine, lang: Locale): string {
  const labels = practiceMessages(lang).report;
  const parts = [
    `${line.ok ? '✓' : '✗'} ${line.title[lang]}`,
    `${labels.sent}: ${line.sent}`,
    `${labels.expected}: ${line.expected[lang]}`,
    `${labels.got}: ${text(line.got, lang)}`,
    `${labels.hint}: ${line.ok ? '' : `${line.hint.text[lang]} `}→ ${lessonPath(lang, line.hint.slug, line.hint.anchor)}`,
  ];
  return parts.join(' · ');
}

/** The whole report, line by line: a heading per exercise, its checks, a summary. */
export function formatReport(result: GradeResult, lang: Locale): string[] {
  const labels = practiceMessages(lang).report;
  if (result.kind === 'unreachable') return [format(labels.unreachable, { url: result.url, reason: result.reason })];
  const lines: string[] = [];
  for (const exercise of result.results) {
    lines.push(`${exercise.passed ? '✓' : '✗'} ${labels.exercise} ${exercise.id}: ${findExercise(exercise.id).statement[lang].title}`);
    for (const line of exercise.lines) lines.push(`  ${formatLine(line, lang)}`);
  }
  const passed = result.results.filter((exercise) => exercise.passed).length;
  lines.push(format(labels.summary, { passed, total: result.results.length }));
  return lines;
}
