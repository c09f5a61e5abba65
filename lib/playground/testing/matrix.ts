import type { IncomingSession } from '../express-session-model';
import { DEFAULT_PLAYGROUND_OPTIONS, PLAYGROUND_KINDS, type PlaygroundKind, type PlaygroundOptions } from '../options';

/** One row of the behaviour tables: a learner's options, a kind of request, and the session it meets. */
export interface Combination {
  readonly options: PlaygroundOptions;
  readonly kind: PlaygroundKind;
  readonly incoming: IncomingSession;
  readonly https: boolean;
}

const BOOLEANS = [false, true] as const;
const BASE: PlaygroundOptions = DEFAULT_PLAYGROUND_OPTIONS;

/** A readable name for a row, used as the test's title. */
export function describeCombination({ options, kind, incoming, https }: Combination): string {
  const { resave, saveUninitialized, rolling, maxAgeMs, secure } = options;
  return `resave=${resave} saveUninitialized=${saveUninitialized} rolling=${rolling} maxAge=${maxAgeMs ?? 'none'} secure=${String(secure)} over ${https ? 'HTTPS' : 'HTTP'}, ${incoming} session, ${kind}`;
}

/** The save rules' table: resave × saveUninitialized × rolling × maxAge (none/set) × kind × new/existing session (96 rows). */
export function saveRuleCombinations(): Combination[] {
  const rows: Combination[] = [];
  for (const resave of BOOLEANS)
    for (const saveUninitialized of BOOLEANS)
      for (const rolling of BOOLEANS)
        for (const maxAgeMs of [null, 60_000] as const)
          for (const kind of PLAYGROUND_KINDS)
            for (const incoming of ['none', 'existing'] as const)
              rows.push({ options: { ...BASE, resave, saveUninitialized, rolling, maxAgeMs }, kind, incoming, https: false });
  return rows;
}

/** A signed cookie whose session the store no longer has, under every save option (24 rows). */
export function staleCookieCombinations(): Combination[] {
  const rows: Combination[] = [];
  for (const resave of BOOLEANS)
    for (const saveUninitialized of BOOLEANS)
      for (const rolling of BOOLEANS)
        for (const kind of PLAYGROUND_KINDS)
          rows.push({ options: { ...BASE, resave, saveUninitialized, rolling }, kind, incoming: 'stale', https: false });
  return rows;
}

/**
 * `secure` false/true/'auto' over HTTP and HTTPS, with `rolling` on so an existing session
 * would always get its cookie, and with both `saveUninitialized` settings (72 rows).
 */
export function secureCombinations(): Combination[] {
  const rows: Combination[] = [];
  for (const secure of [false, true, 'auto'] as const)
    for (const https of BOOLEANS)
      for (const saveUninitialized of BOOLEANS)
        for (const kind of PLAYGROUND_KINDS)
          for (const incoming of ['none', 'existing'] as const)
            rows.push({ options: { ...BASE, rolling: true, saveUninitialized, secure }, kind, incoming, https });
  return rows;
}
