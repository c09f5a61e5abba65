import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { ClassBeaconLoader } from '@/components/classroom/class-beacon-loader';
import type { BeaconStrings } from '@/components/classroom/class-beacon';
import { classroomMessages, type ClassroomMessages } from '@/lib/i18n/messages/classroom';
import { siteMessages } from '@/lib/i18n/messages/site';
import { htmlLang, isLocale, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site/url';
import { themeBootScript } from '@/lib/site/theme';
import { registerServiceWorkerScript } from '@/lib/offline/register';
import { notoSans, notoSansDevanagari, notoSansItalic } from '../fonts';
import '../globals.css';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const dict = siteMessages(locale);
  return {
    metadataBase: siteUrl(),
    title: { default: dict.site.name, template: `%s · ${dict.site.name}` },
    description: dict.site.tagline,
    applicationName: dict.site.name,
    manifest: `/${locale}/manifest.webmanifest`,
    // app/icon.svg is the mark; the PNGs and the .ico are drawn from it at build time
    // (app/icons/[file]/route.tsx; next.config.mjs maps /favicon.ico there).
    icons: {
      icon: [
        { url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
        { url: '/favicon.ico', sizes: '48x48' },
      ],
      apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }],
    },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfbf7' },
    { media: '(prefers-color-scheme: dark)', color: '#111318' },
  ],
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const dict = siteMessages(locale);
  return (
    <html
      lang={htmlLang[locale]}
      className={`${notoSans.variable} ${notoSansItalic.variable}${locale === 'hi' ? ` ${notoSansDevanagari.variable}` : ''}`}
      suppressHydrationWarning
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        {/* Not under `next dev`: a worker there would keep serving pages from before an edit. */}
        {process.env.NODE_ENV === 'production' ? <script dangerouslySetInnerHTML={{ __html: registerServiceWorkerScript }} /> : null}
      </head>
      <body className="flex min-h-dvh flex-col antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-ink px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-night-ink dark:text-night"
        >
          {dict.site.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} />
        <ClassBeaconLoader locale={locale} strings={beaconStrings(classroomMessages(locale))} />
      </body>
    </html>
  );
}

/** Only the words the class beacon shows (the whole classroom catalogue would ride in every page's payload). */
function beaconStrings(t: ClassroomMessages): BeaconStrings {
  return { endedReset: t.endedReset, endedExpire: t.endedExpire, endedUnknown: t.endedUnknown, rejoin: t.rejoin, dismiss: t.dismiss };
}
