#!/usr/bin/env node
// `npm start`: serve the production build on PORT (default 3000), building it first when
// there is none or when it was built from other source, so a fresh clone needs only
// `npm install && npm start` and a `git pull` never serves yesterday's site.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (args) => spawnSync('npx', ['next', ...args], { stdio: 'inherit', env });
const MARKER = '.next/pathshala-source';

/** The commit the working tree is at, plus a mark when it has changes; null without git. */
function sourceVersion() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  if (head.status !== 0) return null;
  // `npm install` may rewrite the lockfile's formatting; that alone is not a change of the site.
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!package-lock.json'], {
    encoding: 'utf8',
  });
  const dirty = status.stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+changes' : ''}`;
}

const source = sourceVersion();
const built = existsSync('.next/BUILD_ID') ? (existsSync(MARKER) ? readFileSync(MARKER, 'utf8').trim() : 'unknown') : null;
// Without git (a downloaded archive) an existing build is trusted, as before.
const stale = built === null || (source !== null && (built !== source || source.endsWith('+changes')));
if (stale) {
  if (built !== null) {
    console.log(`npm start: the build in .next is from ${built}, the source is at ${source}; building again from scratch.`);
    // From scratch: Turbopack's cache does not notice changes to the MDX plugins in lib/course/mdx.
    rmSync('.next', { recursive: true, force: true });
  }
  const build = run(['build']);
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (source !== null) writeFileSync(MARKER, `${source}\n`);
}
// The front door (scripts/server.mjs) serves the build: Next behind checks of its own.
const serve = spawnSync(process.execPath, ['scripts/server.mjs', '--port', process.env.PORT ?? '3000', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(serve.status ?? 0);
