/** What `class-sim` was asked to do. */
export interface ClassSimConfig {
  readonly url: URL;
  readonly students: number;
  readonly durationSeconds: number;
  /** Print the summary as one JSON line as well (for tests and scripts). */
  readonly json: boolean;
}

export const CLASS_SIM_USAGE =
  'usage: npm run class-sim -- --url http://127.0.0.1:3000 --students 50 --duration 20 [--json] [--allow-remote]';

/** Hosts that are this machine: the simulator's only targets unless `--allow-remote`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function whole(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`class-sim: --${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text ?? '')}.`);
  }
  return value;
}

/**
 * Reads the command line. It refuses to run without an explicit `--url`, and against another
 * machine unless `--allow-remote` says so: a load test aimed at the wrong host is an attack.
 */
export function parseClassSimArgs(argv: readonly string[]): ClassSimConfig {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--json' || arg === '--allow-remote') flags.add(arg.slice(2));
    else if (/^--(url|students|duration)$/.test(arg)) values.set(arg.slice(2), argv[++index] ?? '');
    else if (/^--(url|students|duration)=/.test(arg)) values.set(arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    else throw new Error(`class-sim: unknown argument ${JSON.stringify(arg)}.\n${CLASS_SIM_USAGE}`);
  }
  const rawUrl = values.get('url');
  if (!rawUrl) throw new Error(`class-sim: --url is required; it is the only site the simulator talks to.\n${CLASS_SIM_USAGE}`);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(`class-sim: --url ${JSON.stringify(rawUrl)} is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('class-sim: --url must be http:// or https://.');
  if (!isLoopbackHost(url.hostname) && !flags.has('allow-remote')) {
    throw new Error(`class-sim: ${url.hostname} is not this machine; pass --allow-remote if you really mean to load-test it.`);
  }
  return {
    url,
    students: whole('students', values.get('students') ?? '10', 1, 1_000),
    durationSeconds: whole('duration', values.get('duration') ?? '10', 1, 600),
    json: flags.has('json'),
  };
}
