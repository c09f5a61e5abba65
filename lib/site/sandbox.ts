import { getSiteSession } from '@/lib/site/session';
import { PlaygroundSandbox } from '../playground/sandbox';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * The site's options playground: the site's secrets (so rotation and the generated secret
 * apply here too), and its own in-memory store, apart from the real sessions.
 */
export function getPlaygroundSandbox(): PlaygroundSandbox {
  // One per process, like the site engine: dev reloads must not drop the sandbox sessions.
  return processSingleton('playground-sandbox', () => new PlaygroundSandbox({ secrets: getSiteSession().options.secrets }));
}
