#!/usr/bin/env node
// First-load JavaScript of prerendered pages: every <script src> in the built HTML, summed
// raw and gzipped. Usage: node scripts/first-load-js.mjs [route …] (after `next build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

/** JS files the browser loads on first visit to `route`, with raw and gzip bytes. */
export function firstLoadJs(route) {
  const html = readFileSync(join(distDir, 'server/app', `${route}.html`), 'utf8');
  // Module browsers skip `noModule` polyfills, so they are not part of a first load.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/noModule/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1]).filter(Boolean))];
  const files = sources.map((src) => {
    const bytes = readFileSync(join(distDir, src.replace(/^\/_next\//, '')));
    return { src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { route, files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const routes = process.argv.slice(2);
  for (const route of routes.length ? routes : ['en/learn/what-is-a-session', 'hi-latn']) {
    const { raw, gzip, files } = firstLoadJs(route);
    console.log(`${route}: ${files.length} scripts, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
  }
}
