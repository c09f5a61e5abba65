import { describe, expect, it } from 'vitest';
import { formatLikeCurl } from './curl-output';

describe('formatLikeCurl', () => {
  it('should print the status line, the headers with each Set-Cookie in its place, a blank line and the body', () => {
    expect(
      formatLikeCurl({
        status: 200,
        statusText: 'OK',
        headers: [
          ['cache-control', 'no-store'],
          ['content-type', 'application/json'],
          ['x-content-type-options', 'nosniff'],
          ['x-pathshala-set-cookie', '%5B%5D'],
        ],
        setCookies: ['pathshala.sid=s:AbCdEf….Zm9vYm…; Path=/; HttpOnly; SameSite=Lax'],
        body: '{"user":{"username":"riya","name":"Riya"}}',
      }),
    ).toBe(
      [
        'HTTP/1.1 200 OK',
        'cache-control: no-store',
        'content-type: application/json',
        'set-cookie: pathshala.sid=s:AbCdEf….Zm9vYm…; Path=/; HttpOnly; SameSite=Lax',
        'x-content-type-options: nosniff',
        '',
        '{"user":{"username":"riya","name":"Riya"}}',
      ].join('\n'),
    );
  });

  it('should name the status when the browser gives no reason phrase, and keep an empty body empty', () => {
    expect(formatLikeCurl({ status: 204, statusText: '', headers: [], setCookies: [], body: '' })).toBe('HTTP/1.1 204 No Content\n\n');
    expect(formatLikeCurl({ status: 599, statusText: '', headers: [], setCookies: [], body: '' })).toBe('HTTP/1.1 599\n\n');
  });
});
