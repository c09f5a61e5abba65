/**
 * What a learner may set in the options playground. The choices are closed lists so every
 * combination can be tested and cached (7 options, 576 combinations). No zod here: the widget
 * imports this module, and the validation (`schema.ts`) stays on the server.
 */

import { format } from '@/lib/i18n/format';
import type { PlaygroundMessages } from '@/lib/i18n/messages/playground';

/** The `cookie.maxAge` values on offer, in ms; null is a browser-session cookie (no `Expires`). */
export const MAX_AGE_CHOICES_MS = [null, 10_000, 60_000, 1_800_000] as const;

/** How a `maxAge` choice reads in the option list: in seconds or minutes, with the ms value. */
export function maxAgeLabel(strings: PlaygroundMessages, ms: number | null): string {
  if (ms === null) return strings.maxAgeNone;
  const template = ms % 60_000 === 0 ? strings.maxAgeMinutes : strings.maxAgeSeconds;
  return format(template, { n: ms % 60_000 === 0 ? ms / 60_000 : ms / 1_000, ms });
}

export const PLAYGROUND_KINDS = ['read', 'modify', 'nothing'] as const;

/**
 * The three requests a learner can send:
 * - `read`: the route reads `counter` from the session and changes nothing;
 * - `modify`: the route adds 1 to `counter` (the session's data changes);
 * - `nothing`: the route never looks at the session. The middleware still loads it (a signed
 *   cookie means a store `get`) and still applies the end-of-request rules, in express-session
 *   and in this engine alike, so its outcome is always that of `read`.
 */
export type PlaygroundKind = (typeof PLAYGROUND_KINDS)[number];

/**
 * Options of this site's engine that express-session does not have. The playground offers only
 * express-session's own options, so it can compare with the real package; these are listed beside
 * it, marked as engine extras, as the lessons mark them (`<EngineExtra>`).
 */
export const ENGINE_ONLY_OPTIONS = [
  'regenerate({ keepData })',
  'locking',
  'lockWaitMs',
  'idleTimeoutMs',
  'absoluteTimeoutMs',
  'MemoryStore: sweep, maxSessions',
] as const;

/** The options a learner chose; each maps to the express-session option of the same name. */
export interface PlaygroundOptions {
  readonly resave: boolean;
  readonly saveUninitialized: boolean;
  readonly rolling: boolean;
  readonly maxAgeMs: (typeof MAX_AGE_CHOICES_MS)[number];
  readonly secure: boolean | 'auto';
  readonly httpOnly: boolean;
  readonly sameSite: 'lax' | 'strict' | 'none';
}

/** A learner's request: the options, and the kind of request to send with them. */
export interface PlaygroundRequest {
  readonly options: PlaygroundOptions;
  readonly kind: PlaygroundKind;
}

/** Where the widget starts: the recommended save options, a one-minute cookie, secure defaults. */
export const DEFAULT_PLAYGROUND_OPTIONS: PlaygroundOptions = {
  resave: false,
  saveUninitialized: false,
  rolling: false,
  maxAgeMs: 60_000,
  secure: 'auto',
  httpOnly: true,
  sameSite: 'lax',
};

/** A combination the engine refuses to start with. */
export type OptionsConflict = 'same-site-none-needs-secure';

/**
 * `sameSite: 'none'` with `secure: false`: browsers drop such a cookie, so the engine refuses
 * the configuration at start (express-session accepts it and the cookie silently never sticks).
 */
export function optionsConflict(options: PlaygroundOptions): OptionsConflict | null {
  return options.sameSite === 'none' && options.secure === false ? 'same-site-none-needs-secure' : null;
}

/** A stable key for one combination (the engine cache's key). */
export function optionsKey(options: PlaygroundOptions): string {
  const { resave, saveUninitialized, rolling, maxAgeMs, secure, httpOnly, sameSite } = options;
  return [resave, saveUninitialized, rolling, maxAgeMs, secure, httpOnly, sameSite].map(String).join('|');
}
