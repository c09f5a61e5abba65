#!/usr/bin/env node
// The programs the tests need from the system, not from npm: Chromium (Playwright drives it and
// never downloads a browser), redis-server (the store tests start their own) and curl (the
// lessons' shell commands run in the e2e tests). `npm test` checks them first, and so does
// `.ci/run` before `npm ci`; so this file imports nothing from node_modules.
//
// When one is missing, root on a machine with apt-get installs it from Debian; anyone else is
// told the exact command and the run stops before any gate has spent a minute.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

/**
 * Where the store tests look for redis-server; the same default and override as
 * lib/session/testing/redis-server.ts, which scripts may not import (it is TypeScript).
 */
export function redisServerPath() {
  return process.env.REDIS_SERVER_BINARY ?? '/usr/bin/redis-server';
}

/**
 * Decides what to do about the missing programs. Pure: the caller looks at the machine.
 *
 * @param {{ missing: { program: string, debianPackage: string }[], isRoot: boolean, hasAptGet: boolean }} machine
 * @returns {{ action: 'none' }
 *   | { action: 'install', packages: string[], commands: string[][] }
 *   | { action: 'instruct', packages: string[], command: string, reason: string }}
 */
export function planSystemDeps({ missing, isRoot, hasAptGet }) {
  if (missing.length === 0) return { action: 'none' };
  const packages = [...new Set(missing.map((dep) => dep.debianPackage))];
  if (isRoot && hasAptGet) {
    return {
      action: 'install',
      packages,
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', ...packages],
      ],
    };
  }
  const sudo = isRoot ? '' : 'sudo ';
  return {
    action: 'instruct',
    packages,
    command: `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`,
    reason: hasAptGet
      ? 'Installing them needs root. Run'
      : 'This machine has no apt-get: install the same packages with its package manager. On Debian that is',
  };
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(program) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, program)));
}

/** The programs the tests need that this machine lacks, each with where it was looked for. */
export function findMissingSystemDeps() {
  const wanted = [
    { program: chromiumPath(), debianPackage: 'chromium', found: isExecutable(chromiumPath()) },
    { program: redisServerPath(), debianPackage: 'redis-server', found: isExecutable(redisServerPath()) },
    { program: 'curl', debianPackage: 'curl', found: onPath('curl') },
  ];
  return wanted.filter((dep) => !dep.found).map(({ program, debianPackage }) => ({ program, debianPackage }));
}

function fail(message) {
  console.error(`system-deps: ${message}`);
  process.exit(1);
}

/** Installs what is missing when it may (root with apt-get); otherwise says how and exits 1. */
export function ensureSystemDeps() {
  const missing = findMissingSystemDeps();
  const plan = planSystemDeps({ missing, isRoot: process.getuid?.() === 0, hasAptGet: onPath('apt-get') });
  if (plan.action === 'none') return;

  const lacking = missing.map((dep) => dep.program).join(', ');
  if (plan.action === 'instruct') {
    fail(
      `the tests need programs this machine lacks: ${lacking}.\n${plan.reason}:\n  ${plan.command}\n` +
        '(or point CHROMIUM_PATH / REDIS_SERVER_BINARY at existing binaries)',
    );
  }

  console.log(`system-deps: ${lacking} not found; installing ${plan.packages.join(' ')} from Debian`);
  for (const [command, ...args] of plan.commands) {
    console.log(`$ ${command} ${args.join(' ')}`);
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal})`);
  }
  // A CHROMIUM_PATH or REDIS_SERVER_BINARY that names a missing file stays missing after apt-get.
  const stillMissing = findMissingSystemDeps();
  if (stillMissing.length > 0) {
    fail(
      `still missing after the install: ${stillMissing.map((dep) => dep.program).join(', ')}. Check CHROMIUM_PATH and REDIS_SERVER_BINARY.`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureSystemDeps();
