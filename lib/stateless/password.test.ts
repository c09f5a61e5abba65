import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateIronPassword, parseIronPassword } from './password';

describe('parseIronPassword', () => {
  it('should be null when IRON_PASSWORD is unset or blank', () => {
    expect(parseIronPassword({})).toBeNull();
    expect(parseIronPassword({ IRON_PASSWORD: '  ' })).toBeNull();
  });

  it('should refuse a password shorter than 32 characters with a prefixed message that says the fix', () => {
    expect(() => parseIronPassword({ IRON_PASSWORD: 'short' })).toThrow(
      /^stateless: IRON_PASSWORD must be at least 32 characters long \(got 5\)/,
    );
  });

  it('should take a long enough password as given', () => {
    expect(parseIronPassword({ IRON_PASSWORD: 'x'.repeat(32) })).toBe('x'.repeat(32));
  });
});

describe('loadOrCreateIronPassword', () => {
  it('should generate a 43-character password once, mode 0600, and read it back after', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'iron-')), 'data');
    const lines: string[] = [];
    const first = loadOrCreateIronPassword(dir, (line) => lines.push(line));
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(dir, 'iron-password')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'iron-password'), 'utf8')).toBe(first + '\n');
    expect(loadOrCreateIronPassword(dir, (line) => lines.push(line))).toBe(first);
    expect(lines).toHaveLength(1);
  });
});
