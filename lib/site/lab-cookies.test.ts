import { describe, expect, it } from 'vitest';
import { allLabCookies } from './lab-cookies';

describe('allLabCookies', () => {
  it("should list each lab's cookies on their own paths, the seal's old home on / included", () => {
    const cookies = allLabCookies().map(({ name, path }) => `${name} ${path}`);
    expect(cookies).toEqual([
      'pathshala.iron /api/demo/stateless',
      'pathshala.iron /',
      'pathshala.lab-fixation.sid /api/lab/security/fixation',
      'pathshala.lab-xss /',
      'pathshala.lab-replay.sid /api/lab/security/replay',
      'pathshala.lab-replay.iron /api/lab/security/replay',
      'pathshala.lab-tamper.plain /api/lab/security/tampering',
      'pathshala.lab-tamper.signed /api/lab/security/tampering',
      'pathshala.lab-tamper.sealed /api/lab/security/tampering',
      'pathshala.lab-csrf-strict /api/lab/security/csrf',
      'pathshala.lab-csrf-lax /api/lab/security/csrf',
      'pathshala.lab-csrf-none /api/lab/security/csrf',
      'pathshala.race /api/demo/race/locked',
      'pathshala.race /api/demo/race/unlocked',
      'pathshala.playground /api/playground/options',
    ]);
  });

  it('should leave the site session alone', () => {
    expect(allLabCookies().map(({ name }) => name)).not.toContain('pathshala.sid');
  });
});
