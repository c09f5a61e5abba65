import localFont from 'next/font/local';

// Self-hosted from the @fontsource-variable/noto-sans package: nothing is fetched from the
// network at build or run time.

/*
 * Each face declares the characters its "latin" file holds (copied from the fontsource
 * package's CSS; next/font only takes literals here), so a browser never downloads a font to
 * look for a glyph it does not have: ₹ falls through to the system fonts instead. (Symbols
 * such as → or ✓ are drawn as SVG, `TextIcon` in components/ui/icon.tsx: a character outside the
 * range costs a chain of font lookups in the first layout.)
 *
 * Only the upright face is preloaded: every page needs it for its first paint. The italic
 * face is a family of its own (globals.css gives it to em, i and blockquote), so a browser
 * fetches it only when a page shows italic text. Code uses the system's monospace font
 * (`--font-mono` in globals.css); a web font for it cost every page 40 KB before its first
 * paint (docs/PERFORMANCE.md).
 */

export const notoSans = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
  style: 'normal',
  weight: '100 900',
  variable: '--font-noto-sans',
  display: 'swap',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

export const notoSansItalic = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-italic.woff2',
  style: 'italic',
  weight: '100 900',
  variable: '--font-noto-sans-italic',
  display: 'swap',
  preload: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

/*
 * Devanagari for the `hi` pages only: the layout puts this face's variable on `<html>` of a
 * `hi` page alone, and globals.css names it only there (`html[lang='hi']`), so pages in the other
 * languages never fetch it — not even for the "हिन्दी" in their closed language menu, which falls
 * to the system fonts. Not preloaded: the layout is shared, and a preload would reach every
 * locale's pages. Only the package's Devanagari file is used (its unicode-range, copied from the
 * package's CSS, includes ₹ and the danda); Latin letters on a `hi` page stay in Noto Sans, which
 * comes first in the stack, so a term like `resave` looks the same in all three languages.
 */
export const notoSansDevanagari = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-wght-normal.woff2',
  style: 'normal',
  weight: '100 900',
  variable: '--font-noto-sans-devanagari',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value: 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09',
    },
  ],
});
