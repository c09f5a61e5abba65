import { ImageResponse } from 'next/og';
import { previewCard } from '@/components/share/preview-card';
import { isLocale, locales } from '@/lib/i18n/locales';
import { siteMessages } from '@/lib/i18n/messages/site';
import { pageOfPreviewImage, PREVIEW_IMAGE_SIZE, previewImagePath, publicPages } from '@/lib/site/public-pages';
import { previewFonts } from '@/lib/site/preview-fonts';

// One PNG per public page and locale, drawn at build time; nothing is drawn at run time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    publicPages().map((page) => ({ locale, page: previewImagePath(locale, page.path).split('/').slice(3) })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; page: string[] }> }) {
  const { locale, page: segments } = await params;
  const page = pageOfPreviewImage(segments);
  if (!isLocale(locale) || !page) return new Response('Not found', { status: 404 });
  const card = await previewCard(locale, {
    siteName: siteMessages(locale).site.name,
    kicker: page.kicker(locale),
    title: page.title(locale),
    description: page.description(locale),
  });
  return new ImageResponse(card, { ...PREVIEW_IMAGE_SIZE, fonts: await previewFonts(locale) });
}
