import { describe, expect, it } from 'vitest';
import { publishedSlugs, readLessonSource } from './content';
import { locales } from '@/lib/i18n/locales';
import { isSiteApiPath, parseCurlCommand, shellWords, tryLinesOf } from './curl-request';

const LOGIN = `curl -i -c jar -b jar -H 'Content-Type: application/json' -d '{"username":"riya","password":"chai-1234"}' http://localhost:3000/api/demo/login`;

describe('shellWords', () => {
  it('should split words and join quoted parts as bash does', () => {
    expect(shellWords(`curl -H 'A: b c' -d "{\\"x\\":1}" a\\ b`)).toEqual(['curl', '-H', 'A: b c', '-d', '{"x":1}', 'a b']);
  });

  it('should refuse anything that needs a shell', () => {
    for (const line of [
      'curl http://localhost:3000/api/demo/me | jq',
      'curl http://localhost:3000/api/demo/me > out',
      'curl http://localhost:3000/api/demo/me; rm -rf /',
      'curl http://localhost:3000/api/demo/me && echo ok',
      'curl $URL',
      'curl "$URL"',
      'curl `echo x`',
      'curl $(echo x)',
      "curl 'unclosed",
      'curl http://localhost:3000/api/demo/cart/*',
    ]) {
      expect(shellWords(line), line).toBeNull();
    }
  });
});

describe('parseCurlCommand', () => {
  describe('a request to this site’s API', () => {
    it('should keep the method, headers and JSON body, with the browser’s cookies for the jar', () => {
      expect(parseCurlCommand(LOGIN)).toEqual({
        ok: true,
        request: {
          method: 'POST',
          path: '/api/demo/login',
          headers: [['Content-Type', 'application/json']],
          body: '{"username":"riya","password":"chai-1234"}',
          cookies: 'browser',
        },
      });
    });

    it('should read a plain GET, and send no cookies when the command reads no jar', () => {
      expect(parseCurlCommand('curl -i http://localhost:3000/api/demo/me')).toEqual({
        ok: true,
        request: { method: 'GET', path: '/api/demo/me', headers: [], body: null, cookies: 'none' },
      });
    });

    it('should take -X as the method, with or without a body', () => {
      const remove = parseCurlCommand('curl -c jar -b jar -X DELETE http://localhost:3000/api/demo/cart/chai');
      expect(remove.ok && remove.request).toMatchObject({ method: 'DELETE', path: '/api/demo/cart/chai', body: null });
      const logout = parseCurlCommand('curl -i -c jar -b jar -X POST http://localhost:3000/api/demo/logout');
      expect(logout.ok && logout.request).toMatchObject({ method: 'POST', body: null, cookies: 'browser' });
    });

    it('should send a body without a type as curl does (form-encoded), so the server answers as it would to curl', () => {
      const parsed = parseCurlCommand(`curl -b jar -d '{}' http://localhost:3000/api/demo/logout`);
      expect(parsed.ok && parsed.request.headers).toEqual([['Content-Type', 'application/x-www-form-urlencoded']]);
    });

    it('should accept a header fetch may send, and the quiet flags', () => {
      const parsed = parseCurlCommand(
        `curl -sS -v -i -H 'X-Forwarded-Proto: https' -H 'Content-Type: application/json' -d '{"productId":"lassi","qty":1}' http://localhost:3000/api/demo/cart`,
      );
      expect(parsed.ok && parsed.request.headers).toEqual([
        ['X-Forwarded-Proto', 'https'],
        ['Content-Type', 'application/json'],
      ]);
    });

    it('should keep a query string', () => {
      const parsed = parseCurlCommand("curl -b jar 'http://localhost:3000/api/demo/race/locked?round=2'");
      expect(parsed.ok && parsed.request.path).toBe('/api/demo/race/locked?round=2');
    });
  });

  describe('never another host, port or path', () => {
    for (const url of [
      'http://localhost:4000/api/demo/me',
      'http://localhost:3000/',
      'http://localhost:3000/en/learn/cookies-101',
      'http://localhost:3000/apix/demo',
      'https://localhost:3000/api/demo/me',
      'http://127.0.0.1:3000/api/demo/me',
      'http://evil.example/api/demo/me',
      'http://localhost:3000@evil.example/api/demo/me',
      'http://user:pw@localhost:3000/api/demo/me',
      'http://localhost:3000.evil.example/api/demo/me',
      'http://localhost:3000//evil.example/api',
      'http://localhost:3000/api/../en/learn',
      'http://localhost:3000/api/%2e%2e/admin',
      'http://localhost:3000/api/demo%2fme',
      'http://localhost:3000/api/demo/me#x',
      'http://localhost:3000/api\\demo',
      'localhost:3000/api/demo/me',
      '/api/demo/me',
    ]) {
      it(`should refuse ${url}`, () => {
        const parsed = parseCurlCommand(`curl -b jar '${url}'`);
        expect(parsed.ok).toBe(false);
      });
    }
  });

  describe('commands a page cannot send the same way', () => {
    it.each([
      ['cat jar', 'not-curl'],
      ['curl.exe -b jar http://localhost:3000/api/demo/me', 'not-curl'],
      ['SESSION_SECRET=x curl http://localhost:3000/api/demo/me', 'not-curl'],
      ['curl -b old-jar http://localhost:3000/api/demo/me', 'other-jar'],
      ['curl -c phone -b phone http://localhost:3000/api/demo/me', 'other-jar'],
      ["curl -b 'pathshala.sid=s%3Aabc.def' http://localhost:3000/api/demo/me", 'other-jar'],
      ['curl -c jar http://localhost:3000/api/demo/me', 'other-jar'],
      ["curl -i -c jar -b jar -H 'Origin: https://evil.example' http://localhost:3000/api/demo/cart", 'forbidden-header'],
      ["curl -H 'Cookie: a=b' http://localhost:3000/api/demo/me", 'forbidden-header'],
      ["curl -H 'Sec-Fetch-Site: none' http://localhost:3000/api/demo/me", 'forbidden-header'],
      ["curl -H 'Host: evil.example' http://localhost:3000/api/demo/me", 'forbidden-header'],
      ["curl -d '@body.json' http://localhost:3000/api/demo/cart", 'file-body'],
      ['curl -X TRACE http://localhost:3000/api/demo/me', 'bad-method'],
      ["curl -X GET -d '{}' http://localhost:3000/api/demo/me", 'bad-method'],
      ['curl -o out http://localhost:3000/api/demo/me', 'unsupported-option'],
      ['curl -s -o /dev/null -b jar http://localhost:3000/api/demo/me', 'unsupported-option'],
      ['curl -Z -b jar http://localhost:3000/api/demo/me --next -b jar http://localhost:3000/api/demo/me', 'unsupported-option'],
      ['curl -b jar http://localhost:3000/api/demo/me http://localhost:3000/api/demo/cart', 'unsupported-option'],
      ['curl -i -b jar', 'no-url'],
      ['curl -b jar http://localhost:3000/api/demo/me | head', 'shell-syntax'],
    ])('%s → %s', (command, reason) => {
      expect(parseCurlCommand(command)).toEqual({ ok: false, reason });
    });
  });
});

describe('isSiteApiPath', () => {
  it('should accept a path under /api/ as written', () => {
    expect(isSiteApiPath('/api/demo/me')).toBe(true);
    expect(isSiteApiPath('/api/demo/cart/vada-pav')).toBe(true);
  });

  it('should refuse anything a browser would send elsewhere or rewrite', () => {
    for (const path of [
      '//evil.example/api/x',
      '/api//x',
      '/api/./x',
      '/api/..',
      '/api/x/../../y',
      '/API/x',
      '/api',
      '/apix',
      '/api/a b',
      '/api/\u0000',
      'api/x',
    ])
      expect(isSiteApiPath(path), path).toBe(false);
  });
});

describe('tryLinesOf', () => {
  it('should keep only the commands a page can send, each with the line it is on', () => {
    const block = [
      '# log in first',
      LOGIN,
      'cp jar old-jar',
      '',
      'curl -b old-jar http://localhost:3000/api/demo/me',
      'curl -b jar http://localhost:3000/api/demo/me',
    ].join('\n');
    expect(tryLinesOf(block).map(({ line, request }) => [line, request.method, request.path])).toEqual([
      [2, 'POST', '/api/demo/login'],
      [6, 'GET', '/api/demo/me'],
    ]);
  });

  it('should join a line that ends in a backslash to the next', () => {
    expect(
      tryLinesOf('curl -b jar \\\n  http://localhost:3000/api/demo/me\ncurl -b jar http://localhost:3000/api/demo/cart').map(
        ({ line }) => line,
      ),
    ).toEqual([1, 3]);
  });

  it('should find runnable commands in every lesson, in both languages alike', () => {
    const blocksOf = (source: string) => [...source.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    for (const slug of publishedSlugs()) {
      const [first, ...others] = locales.map((locale) => blocksOf(readLessonSource(locale, slug) ?? '').map(tryLinesOf));
      for (const other of others) expect(other, slug).toEqual(first);
    }
    const all = locales.flatMap((locale) =>
      publishedSlugs().flatMap((slug) => blocksOf(readLessonSource(locale, slug) ?? '').flatMap(tryLinesOf)),
    );
    expect(all.length).toBeGreaterThan(40);
    for (const { request } of all) expect(isSiteApiPath(request.path)).toBe(true);
  });
});
