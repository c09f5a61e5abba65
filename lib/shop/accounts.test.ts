import { describe, expect, it } from 'vitest';
import { findDemoUser, verifyCredentials } from './accounts';

describe('verifyCredentials', () => {
  it('should accept the two demo accounts', () => {
    expect(verifyCredentials('riya', 'chai-1234')).toEqual({ username: 'riya', displayName: 'Riya' });
    expect(verifyCredentials('aman', 'samosa-1234')).toEqual({ username: 'aman', displayName: 'Aman' });
  });

  it('should treat the username case-insensitively and trim it, but not the password', () => {
    expect(verifyCredentials('  Riya ', 'chai-1234')?.username).toBe('riya');
    expect(verifyCredentials('riya', 'CHAI-1234')).toBeNull();
    expect(verifyCredentials('riya', 'chai-1234 ')).toBeNull();
  });

  it("should refuse a wrong password, another account's password and an unknown user", () => {
    expect(verifyCredentials('riya', 'chai-12345')).toBeNull();
    expect(verifyCredentials('riya', 'samosa-1234')).toBeNull();
    expect(verifyCredentials('mallory', 'chai-1234')).toBeNull();
    expect(verifyCredentials('', '')).toBeNull();
  });
});

describe('findDemoUser', () => {
  it('should know only the demo usernames', () => {
    expect(findDemoUser('aman')?.displayName).toBe('Aman');
    expect(findDemoUser('admin')).toBeNull();
  });
});
