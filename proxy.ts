import { type NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE, preferredLocale } from '@/lib/i18n/locales';

/**
 * `/` sends a visitor to their language (Hinglish unless they chose otherwise); any other
 * path without a locale is served the localized 404 page of that language.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const locale = preferredLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  if (pathname === '/') {
    return NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  }
  const first = pathname.split('/')[1];
  if (isLocale(first)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/__missing${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Everything but API routes, Next's own assets and files with an extension in the root.
  matcher: ['/((?!api/|_next/|search-index/|favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml).*)'],
};
