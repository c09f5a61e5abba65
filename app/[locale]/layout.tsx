import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { ClassBeaconLoader } from '@/components/classroom/class-beacon-loader';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { siteMessages } from '@/lib/i18n/messages/site';
import { htmlLang, isLocale, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site/url';
import { themeBootScript } from '@/lib/site/theme';
import { notoSans, notoSansItalic } from '../fonts';
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
    <html lang={htmlLang[locale]} className={`${notoSans.variable} ${notoSansItalic.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
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
        <ClassBeaconLoader locale={locale} strings={classroomMessages(locale)} />
      </body>
    </html>
  );
}
