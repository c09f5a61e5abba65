import type { HTMLAttributes } from 'react';

/**
 * `surface`: a white panel that holds a demo, a form or a dialog. `outline`: a bordered box on
 * the page's own background. `inset`: a smaller box inside a surface.
 */
export type CardVariant = 'surface' | 'outline' | 'inset';

/** Tailwind's spacing steps the site's cards use; 0 leaves the padding to `className`. */
export type CardPadding = 0 | 3 | 4 | 5 | 6;

export interface CardStyle {
  /** @default 'surface' */
  readonly variant?: CardVariant;
  /** @default 5 for a surface, 4 for an outline, 3 for an inset */
  readonly padding?: CardPadding;
  /** A card that is a link: its border takes the accent on hover. */
  readonly interactive?: boolean;
  /** Classes added after the card's own (layout, margins, spacing of the children). */
  readonly className?: string;
}

const FRAME: Record<CardVariant, string> = {
  surface: 'rounded-xl border border-line bg-white dark:border-night-line dark:bg-night-2',
  outline: 'rounded-xl border border-line dark:border-night-line',
  inset: 'rounded-lg border border-line dark:border-night-line',
};

const DEFAULT_PADDING: Record<CardVariant, CardPadding> = { surface: 5, outline: 4, inset: 3 };

// Whole class names, so Tailwind's scanner finds them.
const PADDING: Record<CardPadding, string> = { 0: '', 3: 'p-3', 4: 'p-4', 5: 'p-5', 6: 'p-6' };

const INTERACTIVE = 'hover:border-accent dark:hover:border-night-accent';

/** The card's classes, for elements `Card` does not render (a `Link`, a `<dialog>`). */
export function cardClass({ variant = 'surface', padding, interactive = false, className }: CardStyle = {}): string {
  return [FRAME[variant], PADDING[padding ?? DEFAULT_PADDING[variant]], interactive ? INTERACTIVE : '', className ?? '']
    .filter(Boolean)
    .join(' ');
}

type CardElement = 'div' | 'section' | 'article' | 'aside' | 'li';

export interface CardProps extends CardStyle, Omit<HTMLAttributes<HTMLElement>, 'className'> {
  /** @default 'div' */
  readonly as?: CardElement;
}

/** The site's one card: a bordered, rounded panel. Other props (aria-*, data-*, id) pass through. */
export function Card({ as: Element = 'div', variant, padding, interactive, className, ...props }: CardProps) {
  return <Element className={cardClass({ variant, padding, interactive, className })} {...props} />;
}
