import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What `scripts/first-load-js.mjs` reports for one prerendered route. */
export interface FirstLoadJs {
  readonly route: string;
  readonly files: readonly { src: string; raw: number; gzip: number }[];
  readonly raw: number;
  readonly gzip: number;
}

/** `firstLoadJs` of scripts/first-load-js.mjs (plain JS, so loaded by URL and typed here). */
export async function firstLoadJs(route: string): Promise<FirstLoadJs> {
  const script = pathToFileURL(join(process.cwd(), 'scripts/first-load-js.mjs')).href;
  const loaded = (await import(script)) as { firstLoadJs: (route: string) => FirstLoadJs };
  return loaded.firstLoadJs(route);
}
