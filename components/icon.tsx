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
