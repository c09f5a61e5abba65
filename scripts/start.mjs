#!/usr/bin/env node
// `npm start`: serve the production build on PORT (default 3000), building it first when
// there is none, so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (args) => spawnSync('npx', ['next', ...args], { stdio: 'inherit', env });

if (!existsSync('.next/BUILD_ID')) {
  const build = run(['build']);
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = run(['start', '--port', process.env.PORT ?? '3000', ...process.argv.slice(2)]);
process.exit(serve.status ?? 0);
