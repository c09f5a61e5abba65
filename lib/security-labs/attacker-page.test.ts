import { describe, expect, it } from 'vitest';
import { attackerPageCsp, attackerPageHtml, echoUrl, escapeHtml } from './attacker-page';

describe('attackerPageHtml', () => {
  const html = attackerPageHtml({ locale: 'en', host: '127.0.0.1:3000', target: 'http://localhost:3000', run: 'run-12345678' });

  it('should post a form, link and embed an image to the target echo endpoint', () => {
    expect(html).toContain(
      '<form method="post" action="http://localhost:3000/api/lab/security/csrf/echo?run=run-12345678&amp;via=post&amp;lang=en">',
    );
    expect(html).toContain('href="http://localhost:3000/api/lab/security/csrf/echo?run=run-12345678&amp;via=link&amp;lang=en"');
    expect(html).toContain('<img src="http://localhost:3000/api/lab/security/csrf/echo?run=run-12345678&amp;via=embed&amp;lang=en" alt=""');
  });

  it('should carry the language and no script', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('<script');
  });

  it('should escape what it prints', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(attackerPageHtml({ locale: 'hi-latn', host: '<b>', target: 'http://localhost:1', run: 'r-12345678' })).toContain('&lt;b&gt;');
  });
});

describe('echoUrl and attackerPageCsp', () => {
  it('should aim only at the target', () => {
    expect(echoUrl('http://127.0.0.1:3000', 'abcdefgh', 'embed', 'hi-latn')).toBe(
      'http://127.0.0.1:3000/api/lab/security/csrf/echo?run=abcdefgh&via=embed&lang=hi-latn',
    );
    expect(attackerPageCsp('http://localhost:3000')).toBe(
      "default-src 'none'; img-src http://localhost:3000; form-action http://localhost:3000; frame-ancestors 'none'; base-uri 'none'",
    );
  });
});
