import { describe, expect, it } from 'vitest';
import { checkCommand } from './commands';
import { findExercise } from './exercises';

describe('checkCommand', () => {
  const login = findExercise('login');

  it('asks for the page’s language: none for Hinglish (the default), --lang for en and hi', () => {
    expect(checkCommand(login, 'hi-latn')).toBe('npm run check -- login --app http://127.0.0.1:4000');
    expect(checkCommand(login, 'en')).toBe('npm run check -- login --app http://127.0.0.1:4000 --lang en');
    expect(checkCommand(login, 'hi')).toBe('npm run check -- login --app http://127.0.0.1:4000 --lang hi');
  });

  it('names Redis for an exercise that needs it', () => {
    expect(checkCommand(findExercise('redis-store'), 'hi')).toBe(
      'npm run check -- redis-store --app http://127.0.0.1:4000 --redis redis://127.0.0.1:6379 --lang hi',
    );
  });
});
