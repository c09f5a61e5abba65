import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The first-load JavaScript of one page, as `scripts/first-load-js.mjs` counts it. */
export interface FirstLoadJs {
  readonly files: readonly { src: string; raw: number; gzip: number }[];
  readonly raw: number;
  readonly gzip: number;
}

/** `firstLoadJsOfHtml` of scripts/first-load-js.mjs (plain JS, so loaded by URL and typed here). */
export async function firstLoadJsOfHtml(html: string): Promise<FirstLoadJs> {
  const script = pathToFileURL(join(process.cwd(), 'scripts/first-load-js.mjs')).href;
  const loaded = (await import(script)) as { firstLoadJsOfHtml: (html: string) => FirstLoadJs };
  return loaded.firstLoadJsOfHtml(html);
}
