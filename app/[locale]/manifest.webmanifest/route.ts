import type { MetadataRoute } from 'next';
import { htmlLang, isLocale, locales } from '@/lib/i18n/locales';
import { offlineMessages } from '@/lib/i18n/messages/offline';
import { siteMessages } from '@/lib/i18n/messages/site';

// One web manifest per language, so an installed app opens in the language it was installed from.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const site = siteMessages(locale).site;
  const manifest: MetadataRoute.Manifest = {
    id: `/${locale}`,
    name: site.name,
    short_name: offlineMessages(locale).manifest.shortName,
    description: site.tagline,
    lang: htmlLang[locale],
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    background_color: '#fdfbf7',
    theme_color: '#9a3f07',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
}
