import type { Locale } from '@/lib/i18n/locales';
import { previewTextIsShaped, type PreviewFont } from './preview-fonts';
import { previewShaper, type PreviewShaper, type ShapeOptions } from './preview-shaper';

/*
 * The four texts of a link-preview card, how each is set, and (for a locale whose script next/og
 * cannot shape) each laid out in lines of HarfBuzz-shaped glyphs, drawn as one SVG path. The card
 * (components/share/preview-card.tsx) sets next/og text with the same numbers, so a shaped card
 * and a text card have the same layout.
 */

/** The card's frame in pixels: the accent bar on the left, then the padded column the texts fill. */
export const PREVIEW_CARD = {
  accentBar: 24,
  padding: { top: 56, right: 72, bottom: 56, left: 64 },
  mark: 72,
  markGap: 20,
} as const;

/** Width of the card's text column: 1200 less the bar and the padding. */
export const PREVIEW_COLUMN_WIDTH = 1200 - PREVIEW_CARD.accentBar - PREVIEW_CARD.padding.left - PREVIEW_CARD.padding.right;

export interface PreviewTextStyle {
  /** Font size in pixels. */
  readonly size: number;
  readonly weight: PreviewFont['weight'];
  /** A multiple of `size`, or the font's own ascender to descender, as CSS `normal`. */
  readonly lineHeight: number | 'normal';
  /** Pixels after each letter, as CSS letter-spacing. */
  readonly letterSpacing: number;
  /** Pixels a line may fill. */
  readonly width: number;
  /** Lines shown; the last one ends in "…" when the text needs more. */
  readonly maxLines: number;
}

export type PreviewTextKey = 'siteName' | 'kicker' | 'title' | 'description';
export type PreviewTexts<T = string> = Readonly<Record<PreviewTextKey, T>>;

/** How each text of a card is set; the title shrinks as it grows (60, 72 or 84 px). */
export function previewTextStyles(title: string): PreviewTexts<PreviewTextStyle> {
  const line = { lineHeight: 'normal', letterSpacing: 0, maxLines: Infinity } as const;
  return {
    siteName: { ...line, size: 34, weight: 800, width: PREVIEW_COLUMN_WIDTH - PREVIEW_CARD.mark - PREVIEW_CARD.markGap },
    kicker: { ...line, size: 34, weight: 800, width: PREVIEW_COLUMN_WIDTH },
    title: {
      size: title.length > 48 ? 60 : title.length > 28 ? 72 : 84,
      weight: 800,
      lineHeight: 1.1,
      letterSpacing: -1,
      width: PREVIEW_COLUMN_WIDTH,
      maxLines: Infinity,
    },
    description: { size: 30, weight: 400, lineHeight: 1.35, letterSpacing: 0, width: PREVIEW_COLUMN_WIDTH, maxLines: 2 },
  };
}

/** A text laid out in shaped lines, ready to draw as one SVG path. */
export interface ShapedPreviewText {
  readonly lines: readonly { readonly text: string; readonly width: number }[];
  /** The layout box in pixels: the widest line by the lines' height. */
  readonly width: number;
  readonly height: number;
  /** Pixels the outlines reach past the box (a sign above the first line, a conjunct's foot below the last). */
  readonly ink: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Every glyph's outline, in pixels from the box's top left corner. */
  readonly path: string;
}

const ELLIPSIS = '…';

/**
 * The user-perceived characters of `text`. A segment ending in a virama or a joiner is kept with
 * the next one: an ICU older than Unicode 15.1 would otherwise split a conjunct and leave ् showing.
 */
function graphemes(text: string): string[] {
  const segments: string[] = [];
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const last = segments.at(-1);
    if (last !== undefined && /[\u094D\u200D]$/.test(last)) segments[segments.length - 1] = last + segment;
    else segments.push(segment);
  }
  return segments;
}

/** `text` cut at grapheme boundaries into pieces no wider than `width` (a word too long for a line). */
function piecesOf(shaper: PreviewShaper, text: string, options: ShapeOptions, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const grapheme of graphemes(text)) {
    if (piece && shaper.shape(piece + grapheme, options).advance > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += grapheme;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** The words of `text` in lines no wider than `width`, broken at spaces (inside a word only when it alone is too wide). */
function wrap(shaper: PreviewShaper, text: string, options: ShapeOptions, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = shaper.shape(word, options).advance > width ? piecesOf(shaper, word, options, width) : [word];
    pieces.forEach((piece, i) => {
      const longer = line ? line + (i === 0 ? ' ' : '') + piece : piece;
      if (line && shaper.shape(longer, options).advance > width) {
        lines.push(line);
        line = piece;
      } else {
        line = longer;
      }
    });
  }
  return line ? [...lines, line] : lines;
}

/** `line` shortened, word by word and then grapheme by grapheme, until it and "…" fit in `width`. */
function ellipsize(shaper: PreviewShaper, line: string, options: ShapeOptions, width: number): string {
  let text = line;
  while (text && shaper.shape(text + ELLIPSIS, options).advance > width) {
    const lastSpace = text.lastIndexOf(' ');
    text = lastSpace > 0 ? text.slice(0, lastSpace) : graphemes(text).slice(0, -1).join('');
  }
  return text.trimEnd() + ELLIPSIS;
}

const px = (n: number) => String(Math.round(n * 100) / 100);

/** `text` set in `style`: wrapped, clamped, shaped, and outlined as next/og would place its lines. */
export function layoutPreviewText(shaper: PreviewShaper, text: string, style: PreviewTextStyle): ShapedPreviewText {
  const options: ShapeOptions = { size: style.size, weight: style.weight, letterSpacing: style.letterSpacing };
  let lines = wrap(shaper, text, options, style.width);
  if (lines.length > style.maxLines) {
    lines = lines.slice(0, style.maxLines);
    lines[lines.length - 1] = ellipsize(shaper, lines.at(-1)!, options, style.width);
  }
  // next/og's line box: the first font's hhea ascender and descender, centred in the line height, rounded.
  const { ascender, descender } = shaper.verticalMetrics(style.weight, style.size);
  const content = ascender - descender;
  const lineHeight = Math.round(style.lineHeight === 'normal' ? content : style.size * style.lineHeight);
  const baseline = Math.round(ascender + (lineHeight - content) / 2);

  const commands: string[] = [];
  const bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const shaped = lines.map((line, row) => {
    const { glyphs, advance } = shaper.shape(line, options);
    for (const glyph of glyphs) {
      const originY = row * lineHeight + baseline + glyph.y;
      for (const { type, values } of shaper.outline(glyph)) {
        const points: string[] = [];
        for (let i = 0; i + 1 < values.length; i += 2) {
          const x = glyph.x + values[i]! * glyph.scale;
          const y = originY - values[i + 1]! * glyph.scale;
          bounds.minX = Math.min(bounds.minX, x);
          bounds.maxX = Math.max(bounds.maxX, x);
          bounds.minY = Math.min(bounds.minY, y);
          bounds.maxY = Math.max(bounds.maxY, y);
          points.push(`${px(x)} ${px(y)}`);
        }
        commands.push(type + points.join(' '));
      }
    }
    return { text: line, width: advance };
  });

  const width = Math.ceil(Math.max(0, ...shaped.map((line) => line.width)));
  const height = lines.length * lineHeight;
  const beyond = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.ceil(n)) : 0);
  return {
    lines: shaped,
    width,
    height,
    ink: {
      top: beyond(-bounds.minY),
      right: beyond(bounds.maxX - width),
      bottom: beyond(bounds.maxY - height),
      left: beyond(-bounds.minX),
    },
    path: commands.join(''),
  };
}

/**
 * The card texts of `locale`: as they are where next/og can draw them, laid out in shaped
 * outlines where it cannot (Devanagari).
 */
export async function previewCardTexts(locale: Locale, texts: PreviewTexts): Promise<PreviewTexts<string | ShapedPreviewText>> {
  if (!previewTextIsShaped(locale)) return texts;
  const shaper = await previewShaper(locale);
  const styles = previewTextStyles(texts.title);
  const shape = (key: PreviewTextKey) => layoutPreviewText(shaper, texts[key], styles[key]);
  return { siteName: shape('siteName'), kicker: shape('kicker'), title: shape('title'), description: shape('description') };
}
