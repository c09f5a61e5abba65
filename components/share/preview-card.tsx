import { PREVIEW_FONT_FAMILY } from '@/lib/site/preview-fonts';

/*
 * Drawn by next/og (Satori) at build time, not rendered in a page: inline styles only, and
 * every element with more than one child says `display: flex`.
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

/** A 1200×630 link preview: the mark and site name, the kicker ("Lesson 3"), the title, the description. */
export function PreviewCard({
  siteName,
  kicker,
  title,
  description,
}: {
  siteName: string;
  kicker: string;
  title: string;
  description: string;
}) {
  const titleSize = title.length > 48 ? 60 : title.length > 28 ? 72 : 84;
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
      <div style={{ width: 24, height: '100%', background: ACCENT }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: '56px 72px 56px 64px' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <SiteMark size={72} />
          <div style={{ fontSize: 34, fontWeight: 800 }}>{siteName}</div>
        </div>
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
          <div style={{ fontSize: 34, fontWeight: 800, color: ACCENT }}>{kicker}</div>
          <div style={{ marginTop: 12, fontSize: titleSize, fontWeight: 800, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
          <div
            style={{
              marginTop: 24,
              fontSize: 30,
              lineHeight: 1.35,
              color: MUTED,
              display: 'block',
              lineClamp: 2,
            }}
          >
            {description}
          </div>
        </div>
      </div>
    </div>
  );
}
