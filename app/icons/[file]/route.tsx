import { ImageResponse } from 'next/og';
import { SiteMark } from '@/components/share/preview-card';
import { defaultLocale } from '@/lib/i18n/locales';
import { pngToIco } from '@/lib/site/ico';
import { previewFonts } from '@/lib/site/preview-fonts';

// The raster icons, drawn at build time from the same mark as app/icon.svg.
export const dynamic = 'force-static';
export const dynamicParams = false;

/**
 * File name → edge in pixels. `fullBleed` fills the square and keeps the mark inside the safe
 * zone: for Android's maskable icons and for iOS, which paints transparent corners black.
 */
const ICONS = {
  'favicon.ico': { size: 48, fullBleed: false },
  'apple-touch-icon.png': { size: 180, fullBleed: true },
  'icon-192.png': { size: 192, fullBleed: false },
  'icon-512.png': { size: 512, fullBleed: false },
  'maskable-512.png': { size: 512, fullBleed: true },
} as const;
type IconFile = keyof typeof ICONS;

const isIconFile = (file: string): file is IconFile => Object.hasOwn(ICONS, file);

export function generateStaticParams() {
  return Object.keys(ICONS).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isIconFile(file)) return new Response('Not found', { status: 404 });
  const { size, fullBleed } = ICONS[file];
  const png = new ImageResponse(
    fullBleed ? (
      <div
        style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#9a3f07' }}
      >
        <SiteMark size={size * 0.7} />
      </div>
    ) : (
      <SiteMark size={size} />
    ),
    { width: size, height: size, fonts: await previewFonts(defaultLocale) },
  );
  if (!file.endsWith('.ico')) return png;
  const ico = pngToIco(new Uint8Array(await png.arrayBuffer()), size);
  return new Response(ico, { headers: { 'content-type': 'image/x-icon', 'cache-control': 'public, max-age=86400' } });
}
