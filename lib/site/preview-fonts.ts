import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A font of the link-preview images and icons, drawn at build time by next/og (Satori), which
 * reads TTF, OTF and WOFF but not WOFF2: so these are the static @fontsource files, not the
 * variable WOFF2 the pages use. Read from node_modules, never fetched.
 */
export interface PreviewFont {
  /** Unique per file: next/og keeps one font per name and weight, and tries the others for a missing glyph. */
  readonly name: string;
  /** An @fontsource package: its `files/` hold `<family>-<subset>-<weight>-normal.woff`, its `unicode.json` each subset's range. */
  readonly package: `@fontsource/${string}`;
  readonly subset: string;
  readonly weight: 400 | 800;
}

/** The cards ask for this family; its Latin file comes first. */
export const PREVIEW_FONT_FAMILY = 'Noto Sans';

const notoSans = (subset: string, weight: 400 | 800): PreviewFont => ({
  name: subset === 'latin' ? PREVIEW_FONT_FAMILY : `${PREVIEW_FONT_FAMILY} ${subset}`,
  package: '@fontsource/noto-sans',
  subset,
  weight,
});

/** Latin, and Latin Extended for ₹ (a glyph no font holds would make next/og fetch one from the network). */
const LATIN: readonly PreviewFont[] = [
  notoSans('latin', 400),
  notoSans('latin', 800),
  notoSans('latin-ext', 400),
  notoSans('latin-ext', 800),
];

/**
 * The fonts each locale's cards need, tried in order for every glyph (a script's own subset
 * first for that script's characters, see `preview-shaper.ts`); `preview-fonts.test.ts` checks
 * that they hold every character the cards draw. A script of its own is one more entry in its
 * locale's list, as Devanagari is for `hi` (@fontsource/noto-sans has that subset too).
 */
export const previewFontsByLocale: Readonly<Record<Locale, readonly PreviewFont[]>> = {
  'hi-latn': LATIN,
  en: LATIN,
  hi: [...LATIN, notoSans('devanagari', 400), notoSans('devanagari', 800)],
};

/** The .woff file of `font`, inside node_modules. */
export function previewFontFile(font: PreviewFont): string {
  const family = font.package.slice('@fontsource/'.length);
  return join(font.package, 'files', `${family}-${font.subset}-${font.weight}-normal.woff`);
}

/** The bytes of `font`'s .woff file. */
export function readPreviewFont(font: PreviewFont): Promise<Buffer> {
  return readFile(join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', previewFontFile(font)));
}

/**
 * Subsets whose script needs shaping (conjuncts, reordered vowel signs), which next/og does not
 * do: a locale with one of these draws its card text as outlines shaped by HarfBuzz
 * (`preview-text.ts`), and next/og only draws the mark.
 */
const SHAPED_SUBSETS: ReadonlySet<string> = new Set(['devanagari']);

/** Whether `locale`'s card text is shaped by HarfBuzz rather than drawn as text by next/og. */
export function previewTextIsShaped(locale: Locale): boolean {
  return previewFontsByLocale[locale].some((font) => SHAPED_SUBSETS.has(font.subset));
}

/**
 * The font data next/og needs for `locale`'s cards, in the shape ImageResponse takes: every
 * font for a locale it draws the text of, the Latin files (for the mark) where HarfBuzz does.
 */
export async function previewFonts(locale: Locale) {
  const fonts = previewTextIsShaped(locale) ? LATIN.filter((font) => font.subset === 'latin') : previewFontsByLocale[locale];
  return Promise.all(
    fonts.map(async (font) => ({ name: font.name, weight: font.weight, style: 'normal' as const, data: await readPreviewFont(font) })),
  );
}
