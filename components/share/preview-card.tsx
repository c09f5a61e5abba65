import type { CSSProperties, ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { PREVIEW_FONT_FAMILY } from '@/lib/site/preview-fonts';
import {
  PREVIEW_CARD,
  previewCardTexts,
  previewTextStyles,
  type PreviewTexts,
  type PreviewTextStyle,
  type ShapedPreviewText,
} from '@/lib/site/preview-text';

/*
 * Drawn by next/og (Satori) at build time, not rendered in a page: inline styles only, and
 * every element with more than one child says `display: flex`. A text next/og cannot shape
 * (Devanagari) arrives already shaped by HarfBuzz and is drawn as an inline SVG path.
 */

const ACCENT = '#9a3f07';
const PAPER = '#fdfbf7';
const INK = '#1c1917';
const MUTED = '#57534e';

/** The site's mark: "SP" on the accent square, as in app/icon.svg. `size` in pixels. */
export function SiteMark({ size }: { size: number }) {
  return (
    <div
      style={{
        width: size,
        height: size,
        borderRadius: size * 0.22,
        background: ACCENT,
        color: '#fff',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: size * 0.46,
        fontWeight: 800,
        letterSpacing: -size * 0.01,
      }}
    >
      SP
    </div>
  );
}

/** Shaped outlines in a box of the text's layout size; the SVG reaches past it by the ink's overhang. */
function Outline({ text, color }: { text: ShapedPreviewText; color: string }) {
  const { top, right, bottom, left } = text.ink;
  const width = text.width + left + right;
  const height = text.height + top + bottom;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`${-left} ${-top} ${width} ${height}`}
      style={{ margin: `${-top}px ${-right}px ${-bottom}px ${-left}px` }}
    >
      <path d={text.path} fill={color} />
    </svg>
  );
}

/** One text of the card, set in `set`: next/og text, or HarfBuzz outlines. */
function CardText({
  text,
  set,
  color,
  style,
}: {
  text: string | ShapedPreviewText;
  set: PreviewTextStyle;
  color: string;
  style?: CSSProperties;
}) {
  if (typeof text !== 'string') {
    return (
      <div style={{ ...style, display: 'flex' }}>
        <Outline text={text} color={color} />
      </div>
    );
  }
  const clamp: CSSProperties = Number.isFinite(set.maxLines) ? { display: 'block', lineClamp: set.maxLines } : {};
  return (
    <div
      style={{
        ...style,
        fontSize: set.size,
        fontWeight: set.weight,
        ...(set.lineHeight === 'normal' ? {} : { lineHeight: set.lineHeight }),
        ...(set.letterSpacing ? { letterSpacing: set.letterSpacing } : {}),
        color,
        ...clamp,
      }}
    >
      {text}
    </div>
  );
}

/** A 1200×630 link preview: the mark and site name, the kicker ("Lesson 3"), the title, the description. */
export function PreviewCard({
  texts,
  set,
}: {
  texts: PreviewTexts<string | ShapedPreviewText>;
  /** How each text is set, from `previewTextStyles`: the same numbers whether next/og or HarfBuzz sets it. */
  set: PreviewTexts<PreviewTextStyle>;
}) {
  const { top, right, bottom, left } = PREVIEW_CARD.padding;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: PAPER,
        color: INK,
        fontFamily: PREVIEW_FONT_FAMILY,
      }}
    >
      <div style={{ width: PREVIEW_CARD.accentBar, height: '100%', background: ACCENT }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: `${top}px ${right}px ${bottom}px ${left}px` }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: PREVIEW_CARD.markGap }}>
          <SiteMark size={PREVIEW_CARD.mark} />
          <CardText text={texts.siteName} set={set.siteName} color={INK} />
        </div>
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
          <CardText text={texts.kicker} set={set.kicker} color={ACCENT} />
          <CardText text={texts.title} set={set.title} color={INK} style={{ marginTop: 12 }} />
          <CardText text={texts.description} set={set.description} color={MUTED} style={{ marginTop: 24 }} />
        </div>
      </div>
    </div>
  );
}

/** The card of a page in `locale`: its texts shaped by HarfBuzz where next/og cannot shape the script. */
export async function previewCard(locale: Locale, texts: PreviewTexts): Promise<ReactElement> {
  return <PreviewCard texts={await previewCardTexts(locale, texts)} set={previewTextStyles(texts.title)} />;
}
