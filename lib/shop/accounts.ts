import { createHash, timingSafeEqual } from 'node:crypto';

/** What the demo API tells about a signed-in learner. */
export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
}

interface DemoAccount {
  readonly user: DemoUser;
  readonly passwordDigest: Buffer;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

// Published in the lessons on purpose: these accounts guard nothing but a demo.
const ACCOUNTS = new Map<string, DemoAccount>([
  ['riya', { user: { username: 'riya', displayName: 'Riya' }, passwordDigest: digest('chai-1234') }],
  ['aman', { user: { username: 'aman', displayName: 'Aman' }, passwordDigest: digest('samosa-1234') }],
]);

// Compared against when the username is unknown, so both paths do the same work.
const NO_ACCOUNT_DIGEST = digest('no account has this password');

/**
 * The account whose username and password match, or null. Usernames are case-insensitive;
 * passwords are compared as SHA-256 digests with `timingSafeEqual`, which needs equal lengths
 * and so never reveals the length of the real password.
 */
export function verifyCredentials(username: string, password: string): DemoUser | null {
  const account = ACCOUNTS.get(username.trim().toLowerCase());
  const matches = timingSafeEqual(digest(password), account?.passwordDigest ?? NO_ACCOUNT_DIGEST);
  return matches && account !== undefined ? account.user : null;
}

/** The demo user with this username (for reading a session back), or null. */
export function findDemoUser(username: string): DemoUser | null {
  return ACCOUNTS.get(username)?.user ?? null;
}
