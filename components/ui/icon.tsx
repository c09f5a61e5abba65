import type { ReactNode } from 'react';

/** A decorative 24×24 stroke icon: one path (or a few shapes), hidden from screen readers. */
export function Icon({
  d,
  className = 'size-5',
  strokeWidth = 2,
  children,
}: {
  d?: string;
  className?: string;
  strokeWidth?: number;
  children?: ReactNode;
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {d ? <path d={d} /> : children}
    </svg>
  );
}

/*
 * Symbols the interface once wrote as characters (→ ← ✓ ✗ ✦ ℹ ✕ ▸ ■ ⚠), drawn on a 16-unit grid.
 * The site's web font holds only the Latin range, so each such character sent the browser
 * through the fallback fonts: on Linux every family it tries is a synchronous round trip to the
 * browser process, paid inside the page's first layout (docs/PERFORMANCE.md). An SVG costs no
 * font lookup, and it looks the same on every system.
 */
const textIcons = {
  'arrow-right': { d: 'M3 8h9.5M9 4.5 12.5 8 9 11.5' },
  'arrow-left': { d: 'M13 8H3.5M7 4.5 3.5 8 7 11.5' },
  check: { d: 'M3 8.5 6.5 12 13 4.5' },
  cross: { d: 'M4 4l8 8M12 4l-8 8' },
  info: { d: 'M8 7v5M8 4.25v.5' },
  warning: { d: 'M8 2.25 14.25 13.25H1.75ZM8 6.5v3M8 11.5v.25' },
  // Filled: these read better solid at text size.
  sparkle: { d: 'M8 2.5c.5 3 2.5 5 5.5 5.5-3 .5-5 2.5-5.5 5.5-.5-3-2.5-5-5.5-5.5 3-.5 5-2.5 5.5-5.5Z', filled: true },
  caret: { d: 'M6 4l4 4-4 4', filled: true },
  square: { d: 'M4 4h8v8H4Z', filled: true },
} as const satisfies Record<string, { d: string; filled?: boolean }>;

export type TextIconName = keyof typeof textIcons;

/**
 * A symbol in running text: an `Icon` 1em square in the current colour, sitting on the baseline
 * like the character it replaces. Decorative; the words beside it carry the meaning.
 */
export function TextIcon({ name, className = '' }: { name: TextIconName; className?: string }) {
  const icon: { d: string; filled?: boolean } = textIcons[name];
  return (
    <Icon className={`inline-block size-[1em] shrink-0 align-[-0.125em] ${className}`} strokeWidth={1.75}>
      {/* The 16-unit drawing scaled to Icon's 24-unit box (the stroke scales with it). */}
      <g transform="scale(1.5)" data-icon={name}>
        <path d={icon.d} {...(icon.filled ? { fill: 'currentColor', stroke: 'none' } : {})} />
      </g>
    </Icon>
  );
}
