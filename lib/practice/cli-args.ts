import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { isLoopbackHost } from '@/scripts/class-sim/config';
import { type ExerciseId, exerciseIds, isExerciseId } from './exercises';

/** What `npm run check` was asked to do. */
export interface CheckArgs {
  readonly exercises: readonly ExerciseId[];
  readonly app: URL;
  readonly redis: URL | null;
  readonly lang: Locale;
}

export const CHECK_USAGE =
  'usage: npm run check -- <exercise|all> --app http://127.0.0.1:4000 [--redis redis://127.0.0.1:6379] [--lang hi-latn|en|hi] [--allow-remote]\n' +
  `exercises: ${exerciseIds.join(', ')}`;

function parseUrl(name: string, raw: string | undefined, protocols: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw ?? '');
  } catch {
    throw new Error(`check: --${name} ${JSON.stringify(raw ?? '')} is not a URL.\n${CHECK_USAGE}`);
  }
  if (!protocols.includes(url.protocol))
    throw new Error(`check: --${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}.`);
  return url;
}

/**
 * Reads the command line. Like `class-sim`, it talks only to this machine unless
 * `--allow-remote` says otherwise: the grader logs in, fills carts and fires parallel
 * requests, which nobody should aim at someone else's server by accident.
 */
export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let allowRemote = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--allow-remote') allowRemote = true;
    else if (/^--(app|redis|lang)$/.test(arg)) values.set(arg.slice(2), argv[++index] ?? '');
    else if (/^--(app|redis|lang)=/.test(arg)) values.set(arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    else if (arg.startsWith('--')) throw new Error(`check: unknown option ${JSON.stringify(arg)}.\n${CHECK_USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new Error(`check: name one exercise, or all.\n${CHECK_USAGE}`);
  const [which = ''] = positional;
  if (which !== 'all' && !isExerciseId(which)) throw new Error(`check: no exercise ${JSON.stringify(which)}.\n${CHECK_USAGE}`);
  if (!values.has('app')) throw new Error(`check: --app is required; it is the only app the grader talks to.\n${CHECK_USAGE}`);
  const app = parseUrl('app', values.get('app'), ['http:', 'https:']);
  const redis = values.has('redis') ? parseUrl('redis', values.get('redis'), ['redis:']) : null;
  for (const [name, url] of [
    ['app', app],
    ['redis', redis],
  ] as const) {
    if (url !== null && !isLoopbackHost(url.hostname) && !allowRemote) {
      throw new Error(`check: --${name} ${url.hostname} is not this machine; pass --allow-remote if you really mean to check it.`);
    }
  }
  const lang = values.get('lang') ?? 'hi-latn';
  if (!isLocale(lang)) throw new Error(`check: --lang must be one of ${locales.join(', ')}, got ${JSON.stringify(lang)}.`);
  return { exercises: which === 'all' ? exerciseIds : [which as ExerciseId], app, redis, lang };
}
