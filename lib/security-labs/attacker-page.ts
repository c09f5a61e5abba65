import { format } from '@/lib/i18n/format';
import { htmlLang, type Locale } from '@/lib/i18n/locales';
import { CSRF_PATH } from './csrf-sites';
import { labsMessages } from '@/lib/i18n/messages/labs';

/*
 * The CSRF lab's "attacker" page: plain HTML with no script or style, served from the API path
 * so the pages' CSP (form-action 'self') does not stop it from aiming at the other site, as a
 * real attacker's page would. next.config.mjs leaves this one path out of the `default-src 'none'`
 * it gives every other /api answer, so the page's own CSP below is the only one it gets.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The echo URL on `target` for one kind of request. */
export function echoUrl(target: string, run: string, via: 'post' | 'link' | 'embed', locale: Locale): string {
  return `${target}${CSRF_PATH}/echo?run=${encodeURIComponent(run)}&via=${via}&lang=${locale}`;
}

/** The attacker page's HTML; `host` is where it is served, `target` the site it attacks (both checked by the caller). */
export function attackerPageHtml(options: { locale: Locale; host: string; target: string; run: string }): string {
  const { locale, host, target, run } = options;
  const t = labsMessages(locale).csrf;
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${htmlLang[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.attackerTitle)}</title>
</head>
<body>
<main>
<h1>${e(t.attackerTitle)}</h1>
<p>${e(format(t.attackerLead, { host, target }))}</p>
<form method="post" action="${e(echoUrl(target, run, 'post', locale))}"><p><input type="hidden" name="transfer" value="all-my-chai"><button type="submit">${e(t.attackerPost)}</button></p></form>
<p><a href="${e(echoUrl(target, run, 'link', locale))}">${e(t.attackerLink)}</a></p>
<p>${e(t.attackerEmbed)}: <img src="${e(echoUrl(target, run, 'embed', locale))}" alt="" width="1" height="1"></p>
<p><a href="${e(`${target}/${locale}/lab/security/csrf?run=${encodeURIComponent(run)}`)}">${e(t.back)}</a></p>
</main>
</body>
</html>`;
}

/** The page's own CSP: no script or style; forms and images may aim only at `target`. */
export function attackerPageCsp(target: string): string {
  return `default-src 'none'; img-src ${target}; form-action ${target}; frame-ancestors 'none'; base-uri 'none'`;
}
