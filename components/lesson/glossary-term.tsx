'use client';

import { type MouseEvent, type ReactNode, useId, useRef, useState } from 'react';
import { InlineCode } from './inline-code';

/** Space kept between the popover and the screen's edges, in px. */
const EDGE_PX = 8;

/**
 * A glossary word in a lesson: an ordinary link to its glossary entry (so it works without
 * JavaScript, and a ctrl/middle click still opens the page), which a plain click or tap turns
 * into a small popover with the definition, right under the word. The browser's popover API
 * does the rest: Esc and a tap outside close it, and it sits above everything, never clipped.
 * Focus goes into the popover and back to the word when it closes.
 */
export function GlossaryTerm({
  href,
  term,
  definition,
  labels,
  children,
}: {
  href: string;
  term: string;
  definition: string;
  labels: { popoverLabel: string; fullEntry: string; close: string };
  children: ReactNode;
}) {
  const id = useId();
  const trigger = useRef<HTMLAnchorElement>(null);
  const popover = useRef<HTMLSpanElement>(null);
  const [expanded, setExpanded] = useState(false);

  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const panel = popover.current;
    const word = trigger.current;
    if (panel === null || word === null || typeof panel.showPopover !== 'function') return;
    event.preventDefault();
    if (panel.matches(':popover-open')) {
      panel.hidePopover();
      return;
    }
    panel.showPopover();
    place(panel, word);
    panel.focus();
  }

  function toggled(event: { newState?: string }) {
    const panel = popover.current;
    if (panel === null) return;
    setExpanded(event.newState === 'open');
    // Back to the word when focus was in the popover (Esc, the close button) and so is now
    // nowhere; not when a tap elsewhere closed it and focused something else on its way.
    if (event.newState === 'closed' && (panel.contains(document.activeElement) || document.activeElement === document.body)) {
      trigger.current?.focus({ preventScroll: true });
    }
  }

  return (
    <>
      <a ref={trigger} href={href} onClick={open} aria-haspopup="dialog" aria-expanded={expanded} aria-controls={id} data-glossary-term>
        {children}
      </a>
      <span
        ref={popover}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={labels.popoverLabel.replace('{term}', term)}
        tabIndex={-1}
        onToggle={toggled}
        data-testid="glossary-popover"
        className="m-0 w-[min(20rem,calc(100vw-1rem))] rounded-lg border border-line bg-paper p-3 text-left text-base leading-relaxed font-normal text-ink shadow-lg focus:outline-none dark:border-night-line dark:bg-night-2 dark:text-night-ink"
      >
        <span className="flex items-start gap-2">
          <strong className="block pt-2.5 font-bold">{term}</strong>
          <button
            type="button"
            onClick={() => popover.current?.hidePopover()}
            aria-label={labels.close}
            className="ml-auto inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-lg text-muted hover:bg-accent-soft dark:text-night-muted dark:hover:bg-night"
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
        <span className="block text-[0.95rem]">
          <InlineCode text={definition} />
        </span>
        <a href={href} className="mt-1 inline-flex min-h-11 items-center font-semibold text-accent underline dark:text-night-accent">
          {labels.fullEntry}
        </a>
      </span>
    </>
  );
}

/** Puts the open popover under the word (above it when there is no room below), inside the screen. */
function place(panel: HTMLElement, word: HTMLElement) {
  const box = word.getClientRects()[0] ?? word.getBoundingClientRect();
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const left = Math.min(Math.max(EDGE_PX, box.left), window.innerWidth - width - EDGE_PX);
  const below = box.bottom + 6;
  const top = below + height <= window.innerHeight - EDGE_PX || box.top - height - 6 < EDGE_PX ? below : box.top - height - 6;
  // Absolute in the top layer is measured from the document, so the popover scrolls with the word.
  panel.style.position = 'absolute';
  panel.style.inset = 'auto';
  panel.style.left = `${Math.max(EDGE_PX, left) + window.scrollX}px`;
  panel.style.top = `${top + window.scrollY}px`;
}
