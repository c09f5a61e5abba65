import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Express } from 'express';
import { readLessonSource } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';

/*
 * Claim tests run the code a lesson shows, taken from the lesson's own MDX, so the text and the
 * packages cannot drift apart. A snippet is found by its code block's title (```js title="…"),
 * and must read the same in every language.
 */

function blockIn(source: string, title: string): string | null {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^\s*```\S+/.test(line) && line.includes(`title="${title}"`));
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && /^\s*```\s*$/.test(line));
  if (end === -1) return null;
  return lines.slice(start + 1, end).join('\n');
}

/** The code of the block titled `title` in lesson `slug`; throws unless every locale shows the same code. */
export function lessonCode(slug: string, title: string): string {
  const versions = locales.map((locale) => blockIn(readLessonSource(locale, slug) ?? '', title));
  const [first] = versions;
  if (first === null || first === undefined) throw new Error(`lesson-code: no block titled ${title} in ${slug}`);
  for (const [index, version] of versions.entries()) {
    if (version !== first) throw new Error(`lesson-code: ${locales[index]}/${slug} shows different code in ${title}`);
  }
  // Shiki's line markers (// [!code ++]) are notes for the reader, not code.
  return first.replace(/\s*\/\/ \[!code [^\]]+\]/g, '');
}

const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

/**
 * Runs CommonJS lesson code with the project's real packages and returns what `names` refer to
 * when it ends. `scope` provides free variables the lesson takes as given (such as `app`).
 */
export function runLessonCode<T extends Record<string, unknown>>(
  code: string,
  names: readonly (keyof T & string)[],
  scope: Record<string, unknown> = {},
): T {
  const params = ['require', ...Object.keys(scope)];
  // The code under test is the lesson's own, by design.
  const run = new Function(...params, `${code}\nreturn { ${names.join(', ')} };`) as (...args: unknown[]) => T;
  return run(projectRequire, ...Object.values(scope));
}

/** Serves an Express app on a free port until `close`. */
export async function serve(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The `name=value` part of a response's first Set-Cookie, or null when none was sent. */
export function cookieFrom(response: Response): string | null {
  const header = response.headers.getSetCookie()[0];
  return header ? (header.split(';')[0] ?? null) : null;
}
