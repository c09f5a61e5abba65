import { describe, expect, it } from 'vitest';
import type { CheckLine } from './check-kit';
import { formatLine, formatReport } from './report';

const line: CheckLine = {
  exercise: 'login',
  ok: false,
  title: { 'hi-latn': 'Login par nayi session ID', en: 'A new session ID at login', hi: 'Login पर नई session ID' },
  sent: 'POST /login {"username":"riya"}',
  expected: { 'hi-latn': 'nayi cookie', en: 'a new cookie', hi: 'नई cookie' },
  got: { 'hi-latn': 'wahi cookie', en: 'the same cookie', hi: 'वही cookie' },
  hint: {
    slug: 'login-with-sessions',
    anchor: 'regenerate-on-login',
    text: { 'hi-latn': 'regenerate kijiye', en: 'call regenerate', hi: 'regenerate कीजिए' },
  },
};

describe('formatLine', () => {
  it('should print a failed check with what was sent, expected, got and the lesson section, in English', () => {
    expect(formatLine(line, 'en')).toBe(
      '✗ A new session ID at login · sent: POST /login {"username":"riya"} · expected: a new cookie · got: the same cookie · hint: call regenerate → /en/learn/login-with-sessions#regenerate-on-login',
    );
  });

  it('should speak Hinglish and link the Hinglish lesson', () => {
    expect(formatLine(line, 'hi-latn')).toBe(
      '✗ Login par nayi session ID · bheja: POST /login {"username":"riya"} · chahiye: nayi cookie · mila: wahi cookie · hint: regenerate kijiye → /hi-latn/learn/login-with-sessions#regenerate-on-login',
    );
  });

  it('should leave the advice out of a passing line but keep the section', () => {
    expect(formatLine({ ...line, ok: true, got: 'a new cookie value' }, 'en')).toMatch(
      /^✓ .* · got: a new cookie value · hint: → \/en\/learn\/login-with-sessions#regenerate-on-login$/,
    );
  });
});

describe('formatReport', () => {
  it('should head each exercise, list its lines and count the passed exercises', () => {
    const lines = formatReport({ kind: 'graded', results: [{ id: 'login', passed: false, lines: [line] }] }, 'en');
    expect(lines).toEqual(['✗ Exercise login: Login, with regenerate', `  ${formatLine(line, 'en')}`, '0 of 1 exercises passed.']);
  });

  it('should say plainly when the app did not answer', () => {
    const [only] = formatReport({ kind: 'unreachable', url: 'http://127.0.0.1:4000', reason: 'ECONNREFUSED' }, 'en');
    expect(only).toMatch(/^No answer from http:\/\/127\.0\.0\.1:4000 \(ECONNREFUSED\)\. Start your app/);
  });
});
