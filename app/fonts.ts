import localFont from 'next/font/local';

// Self-hosted from @fontsource packages: nothing is fetched from the network at build or run time.
export const notoSans = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-italic.woff2', style: 'italic' },
  ],
  weight: '100 900',
  variable: '--font-noto-sans',
  display: 'swap',
});

// Devanagari glyphs for later lessons; not preloaded, so a page without them never downloads it.
export const notoDevanagari = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-wght-normal.woff2',
  weight: '100 900',
  variable: '--font-noto-deva',
  display: 'swap',
  preload: false,
});

export const jetbrainsMono = localFont({
  src: '../node_modules/@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2',
  weight: '100 800',
  variable: '--font-jetbrains',
  display: 'swap',
  preload: false,
});
