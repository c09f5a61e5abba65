#!/usr/bin/env node
// First-load JavaScript of pages: every <script src> and <link rel="preload" as="script"> in
// the HTML (the second is how a server-rendered next/dynamic component names the chunk it
// hydrates with), summed raw and gzipped from the build's files.
// Usage: node scripts/first-load-js.mjs [route …] (after `next build`; prerendered routes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

/** The JS a page's `html` makes the browser load on first visit, with raw and gzip bytes of each file. */
export function firstLoadJsOfHtml(html) {
  // Module browsers skip `noModule` polyfills, so they are not part of a first load.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/noModule/i.test(tag))
    .map((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel="preload"/.test(tag) && /as="script"/.test(tag))
    .map((tag) => /href="([^"]+\.js)"/.exec(tag)?.[1]);
  const sources = [...new Set([...scripts, ...preloads].filter(Boolean))];
  const files = sources.map((src) => {
    const bytes = readFileSync(join(distDir, src.replace(/^\/_next\//, '')));
    return { src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

/** The same for a prerendered `route` (say `en/learn/what-is-a-session`), read from the build. */
export function firstLoadJs(route) {
  return { route, ...firstLoadJsOfHtml(readFileSync(join(distDir, 'server/app', `${route}.html`), 'utf8')) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const routes = process.argv.slice(2);
  for (const route of routes.length ? routes : ['en/learn/what-is-a-session', 'hi-latn']) {
    const { raw, gzip, files } = firstLoadJs(route);
    console.log(`${route}: ${files.length} scripts, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
  }
}
