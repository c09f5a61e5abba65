import { getSiteSession } from '@/lib/site/session';
import { PlaygroundSandbox } from '../playground/sandbox';

// On globalThis, like the site engine: Next may load this module in more than one chunk, and
// dev reloads must not drop the sandbox sessions.
const globalCache = globalThis as typeof globalThis & { __pathshalaPlayground?: PlaygroundSandbox };

/**
 * The site's options playground: the site's secrets (so rotation and the generated secret
 * apply here too), and its own in-memory store, apart from the real sessions.
 */
export function getPlaygroundSandbox(): PlaygroundSandbox {
  globalCache.__pathshalaPlayground ??= new PlaygroundSandbox({ secrets: getSiteSession().options.secrets });
  return globalCache.__pathshalaPlayground;
}
