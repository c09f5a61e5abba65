import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from './cli-args';
import { exerciseIds } from './exercises';

describe('parseCheckArgs', () => {
  it('should read one exercise, the app, Redis and the language', () => {
    const args = parseCheckArgs(['login', '--app', 'http://127.0.0.1:4000', '--redis', 'redis://127.0.0.1:6379', '--lang', 'en']);
    expect(args.exercises).toEqual(['login']);
    expect(args.app.href).toBe('http://127.0.0.1:4000/');
    expect(args.redis?.href).toBe('redis://127.0.0.1:6379');
    expect(args.lang).toBe('en');
  });

  it('should take all exercises, in course order, and Hinglish by default', () => {
    const args = parseCheckArgs(['all', '--app=http://localhost:4000']);
    expect(args.exercises).toEqual(exerciseIds);
    expect(args.lang).toBe('hi-latn');
    expect(args.redis).toBeNull();
  });

  it('should refuse another machine unless --allow-remote', () => {
    expect(() => parseCheckArgs(['login', '--app', 'http://192.168.1.5:4000'])).toThrow(/not this machine.*--allow-remote/);
    expect(() => parseCheckArgs(['redis-store', '--app', 'http://127.0.0.1:4000', '--redis', 'redis://10.0.0.2:6379'])).toThrow(
      /--redis 10\.0\.0\.2 is not this machine/,
    );
    expect(parseCheckArgs(['login', '--app', 'http://192.168.1.5:4000', '--allow-remote']).app.hostname).toBe('192.168.1.5');
  });

  it('should say what is wrong with a bad command line', () => {
    expect(() => parseCheckArgs(['--app', 'http://127.0.0.1:4000'])).toThrow(/name one exercise/);
    expect(() => parseCheckArgs(['signup', '--app', 'http://127.0.0.1:4000'])).toThrow(/no exercise "signup"/);
    expect(() => parseCheckArgs(['login'])).toThrow(/--app is required/);
    expect(() => parseCheckArgs(['login', '--app', 'ftp://127.0.0.1'])).toThrow(/--app must start with http:\/\/ or https:\/\//);
    expect(() => parseCheckArgs(['login', '--app', 'http://127.0.0.1:4000', '--lang', 'hi-Deva'])).toThrow(
      /--lang must be one of hi-latn, en, hi/,
    );
    expect(parseCheckArgs(['login', '--app', 'http://127.0.0.1:4000', '--lang', 'hi']).lang).toBe('hi');
    expect(() => parseCheckArgs(['login', '--app', 'http://127.0.0.1:4000', '--verbose'])).toThrow(/unknown option "--verbose"/);
  });
});
