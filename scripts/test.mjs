#!/usr/bin/env node
// `npm test`: every gate in order — lint, typecheck, unit tests, production build,
// end-to-end tests against that build. Stops at the first failure. First it makes sure the
// system programs the tests use are there (scripts/system-deps.mjs).
import { spawnSync } from 'node:child_process';
import { ensureSystemDeps } from './system-deps.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['production build', 'npx', ['next', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

ensureSystemDeps();
const started = Date.now();
for (const [name, command, args] of steps) {
  const stepStart = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll gates passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
