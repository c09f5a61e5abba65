import type { Locale } from '@/lib/i18n/locales';
import type { Exercise } from './exercises';

/**
 * The CLI command that checks one exercise, as the page and the lesson box show it, in the
 * page's language: Hinglish is the CLI's default, so only `en` and `hi` add a `--lang`.
 */
export function checkCommand(exercise: Pick<Exercise, 'id' | 'needsRedis'>, locale: Locale): string {
  const redis = exercise.needsRedis ? ' --redis redis://127.0.0.1:6379' : '';
  const lang = locale === 'hi-latn' ? '' : ` --lang ${locale}`;
  return `npm run check -- ${exercise.id} --app http://127.0.0.1:4000${redis}${lang}`;
}
