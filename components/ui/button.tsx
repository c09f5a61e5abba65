import type { ButtonHTMLAttributes } from 'react';

/** `primary`: the one action a panel is for. `secondary`: every other action, outlined. */
export type ButtonVariant = 'primary' | 'secondary';

/** `sm`: small text, for rows of lab steps; `md`: the body text size. Both are 44 px tall at least. */
export type ButtonSize = 'sm' | 'md';

export interface ButtonStyle {
  /** @default 'secondary' */
  readonly variant?: ButtonVariant;
  /** @default 'sm' for a secondary button, 'md' for a primary one */
  readonly size?: ButtonSize;
  /** Classes added after the button's own (margins, width). */
  readonly className?: string;
}

const STYLE: Record<ButtonVariant, Record<ButtonSize, string>> = {
  primary: {
    sm: 'rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50 dark:bg-night-accent dark:text-night',
    md: 'rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-[#7c3206] disabled:opacity-60 dark:bg-night-accent dark:text-night dark:hover:bg-amber-300',
  },
  secondary: {
    sm: 'rounded-md border border-line px-3 py-1.5 text-sm font-semibold hover:bg-accent-soft disabled:opacity-50 dark:border-night-line dark:hover:bg-night',
    md: 'rounded-lg border border-line px-4 py-2 font-semibold hover:bg-accent-soft disabled:opacity-60 dark:border-night-line dark:hover:bg-night',
  },
};

/** Every button is at least 44×44 CSS px, the size a thumb hits reliably (WCAG 2.5.5), whatever its text size. */
const TAP_TARGET = 'min-h-11 min-w-11';

const DEFAULT_SIZE: Record<ButtonVariant, ButtonSize> = { primary: 'md', secondary: 'sm' };

/** The button's classes, for a link that looks like one. */
export function buttonClass({ variant = 'secondary', size, className }: ButtonStyle = {}): string {
  const base = `${TAP_TARGET} ${STYLE[variant][size ?? DEFAULT_SIZE[variant]]}`;
  return className ? `${base} ${className}` : base;
}

export interface ButtonProps extends ButtonStyle, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {}

/** The site's button. `type` passes through as given, so a button in a form still submits it. */
export function Button({ variant, size, className, ...props }: ButtonProps) {
  return <button className={buttonClass({ variant, size, className })} {...props} />;
}
