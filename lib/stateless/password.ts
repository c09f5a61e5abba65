import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSingleton } from '@/lib/runtime/singleton';

/** iron-session refuses shorter passwords; so do we, at start, with a message that says the fix. */
export const MIN_IRON_PASSWORD_LENGTH = 32;

/** The password from `IRON_PASSWORD`, or null when it is unset (then a generated one is used). */
export function parseIronPassword(env: Readonly<Record<string, string | undefined>>): string | null {
  const password = (env.IRON_PASSWORD ?? '').trim();
  if (password === '') return null;
  if (password.length < MIN_IRON_PASSWORD_LENGTH) {
    throw new Error(
      `stateless: IRON_PASSWORD must be at least ${MIN_IRON_PASSWORD_LENGTH} characters long (got ${password.length}). ` +
        'Generate one with `openssl rand -base64 32`, or unset it to use a generated one.',
    );
  }
  return password;
}

/**
 * The password kept in `<dataDir>/iron-password`, generated (32 random bytes, 43 characters)
 * on first use with file mode 0600, so a restart keeps sealed cookies readable.
 */
export function loadOrCreateIronPassword(dataDir: string, log: (line: string) => void = console.info): string {
  const file = join(dataDir, 'iron-password');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= MIN_IRON_PASSWORD_LENGTH) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, password + '\n', { mode: 0o600 });
  log(`stateless: IRON_PASSWORD is not set; generated one and saved it to ${file}.`);
  return password;
}

/** The site's iron password: `IRON_PASSWORD`, else the one generated into `.data/`. */
export function getIronPassword(): string {
  return processSingleton(
    'stateless:iron-password',
    () => parseIronPassword(process.env) ?? loadOrCreateIronPassword(join(process.cwd(), '.data')),
  );
}
