/*
 * Small inline icons for the symbols the interface used to write as characters (→ ← ✓ ✗ ✦ ℹ ✕ ▸ ■ ⚠).
 * The site's web font holds only the Latin range, so each such character sent the browser
 * through the fallback fonts: on Linux every family it tries is a synchronous round trip to
 * the browser process, paid inside the page's first layout (docs/PERFORMANCE.md). An SVG
 * costs no font lookup, and it looks the same on every system.
 */

const paths = {
  'arrow-right': 'M3 8h9.5M9 4.5 12.5 8 9 11.5',
  'arrow-left': 'M13 8H3.5M7 4.5 3.5 8 7 11.5',
  check: 'M3 8.5 6.5 12 13 4.5',
  cross: 'M4 4l8 8M12 4l-8 8',
  info: 'M8 7v5M8 4.25v.5',
  sparkle: 'M8 2.5c.5 3 2.5 5 5.5 5.5-3 .5-5 2.5-5.5 5.5-.5-3-2.5-5-5.5-5.5 3-.5 5-2.5 5.5-5.5Z',
  caret: 'M6 4l4 4-4 4',
  square: 'M4 4h8v8H4Z',
  warning: 'M8 2.25 14.25 13.25H1.75ZM8 6.5v3M8 11.5v.25',
} as const;

export type IconName = keyof typeof paths;

/** Filled rather than stroked: these read better solid at text size. */
const filled: ReadonlySet<IconName> = new Set(['sparkle', 'caret', 'square']);

/**
 * An icon drawn in the current text colour, 1em square, sitting on the text's baseline like the
 * character it replaces. Decorative (`aria-hidden`): the words beside it carry the meaning.
 */
export function Icon({ name, className = '' }: { name: IconName; className?: string }) {
  const solid = filled.has(name);
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
      className={`inline-block shrink-0 align-[-0.125em] ${className}`}
      fill={solid ? 'currentColor' : 'none'}
      stroke={solid ? 'none' : 'currentColor'}
      strokeWidth={solid ? undefined : 1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
