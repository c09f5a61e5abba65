/** What `class-sim` was asked to do. */
export interface ClassSimConfig {
  readonly url: URL;
  readonly students: number;
  readonly durationSeconds: number;
  /** Print the summary as one JSON line as well (for tests and scripts). */
  readonly json: boolean;
  /**
   * `burst`: students act every 50–400 ms through the whole API (a stress test, ten times a real
   * student). `classroom`: browsers on the cart lab, one action every 3–6 s, the inspector's stream open.
   */
  readonly pace: 'burst' | 'classroom';
  /** Classroom pace against the bare route (`/api/health`): what the mix costs Next alone. */
  readonly floor: boolean;
  /** `stream` (default): the inspector as the page keeps it now; `poll`: as it was, for a before/after run. */
  readonly inspector: 'stream' | 'poll';
  /** The server's process id, to read its CPU time and memory (Linux `/proc`). */
  readonly serverPid: number | null;
}

export const CLASS_SIM_USAGE =
  'usage: npm run class-sim -- --url http://127.0.0.1:3000 --students 50 --duration 20 [--pace burst|classroom] [--inspector stream|poll] [--floor] [--server-pid N] [--json] [--allow-remote]';

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
    if (arg === '--json' || arg === '--allow-remote' || arg === '--floor') flags.add(arg.slice(2));
    else if (/^--(url|students|duration|pace|server-pid|inspector)$/.test(arg)) values.set(arg.slice(2), argv[++index] ?? '');
    else if (/^--(url|students|duration|pace|server-pid|inspector)=/.test(arg)) values.set(arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
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
  const pace = values.get('pace') ?? 'burst';
  if (pace !== 'burst' && pace !== 'classroom') throw new Error(`class-sim: --pace must be burst or classroom, got ${JSON.stringify(pace)}.`);
  if (flags.has('floor') && pace !== 'classroom') throw new Error('class-sim: --floor goes with --pace classroom.');
  const inspector = values.get('inspector') ?? 'stream';
  if (inspector !== 'stream' && inspector !== 'poll') throw new Error(`class-sim: --inspector must be stream or poll, got ${JSON.stringify(inspector)}.`);
  const pidText = values.get('server-pid');
  return {
    url,
    students: whole('students', values.get('students') ?? '10', 1, pace === 'classroom' ? 5_000 : 1_000),
    durationSeconds: whole('duration', values.get('duration') ?? '10', 1, 600),
    json: flags.has('json'),
    pace,
    floor: flags.has('floor'),
    inspector,
    serverPid: pidText === undefined ? null : whole('server-pid', pidText, 1, 2 ** 22),
  };
}
