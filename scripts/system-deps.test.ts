import { describe, expect, it } from 'vitest';
import { planSystemDeps } from './system-deps.mjs';

const chromium = { program: '/usr/bin/chromium', debianPackage: 'chromium' };
const redis = { program: '/usr/bin/redis-server', debianPackage: 'redis-server' };
const curl = { program: 'curl', debianPackage: 'curl' };

describe('planSystemDeps', () => {
  describe('when nothing is missing', () => {
    it('should do nothing, root or not', () => {
      expect(planSystemDeps({ missing: [], isRoot: true, hasAptGet: true })).toEqual({ action: 'none' });
      expect(planSystemDeps({ missing: [], isRoot: false, hasAptGet: false })).toEqual({ action: 'none' });
    });
  });

  describe('when something is missing', () => {
    it('should install exactly the missing packages, after one apt-get update, as root with apt-get', () => {
      expect(planSystemDeps({ missing: [chromium, curl], isRoot: true, hasAptGet: true })).toEqual({
        action: 'install',
        packages: ['chromium', 'curl'],
        commands: [
          ['apt-get', 'update'],
          ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'curl'],
        ],
      });
    });

    it('should name each package once', () => {
      const plan = planSystemDeps({ missing: [redis, { ...redis, program: 'redis-server' }], isRoot: true, hasAptGet: true });
      expect(plan).toMatchObject({ packages: ['redis-server'] });
    });

    it('should give the exact sudo command, not install, when not root', () => {
      expect(planSystemDeps({ missing: [chromium, redis, curl], isRoot: false, hasAptGet: true })).toEqual({
        action: 'instruct',
        packages: ['chromium', 'redis-server', 'curl'],
        command: 'sudo apt-get update && sudo apt-get install -y chromium redis-server curl',
        reason: 'Installing them needs root. Run',
      });
    });

    it('should give the Debian command, not install, when there is no apt-get', () => {
      expect(planSystemDeps({ missing: [redis], isRoot: true, hasAptGet: false })).toEqual({
        action: 'instruct',
        packages: ['redis-server'],
        command: 'apt-get update && apt-get install -y redis-server',
        reason: 'This machine has no apt-get: install the same packages with its package manager. On Debian that is',
      });
      expect(planSystemDeps({ missing: [redis], isRoot: false, hasAptGet: false })).toMatchObject({
        command: 'sudo apt-get update && sudo apt-get install -y redis-server',
      });
    });
  });
});
