'use client';

import { useEffect } from 'react';

/**
 * Makes a section link land even when it is followed while the page is still gliding to the
 * last one. Scrolling is smooth (app/globals.css), and Chromium drops a jump to a fragment that
 * starts while a smooth scroll is running: the page stops at the earlier heading while the
 * address names the new one. That happens when a reader clicks a second table-of-contents link
 * before the first glide has finished, which on a slow phone takes a while. So after each hash
 * change the page goes to the `:target` once the scrolling has ended, or, when no scroll began
 * (the dropped jump may end the glide before the hashchange event arrives), two frames later;
 * where the browser got there itself this is a no-op. Any input of the reader's own cancels it,
 * so the page never pulls against them.
 */
export function SectionLinkLanding() {
  useEffect(() => {
    let scrolling = false;
    let jumpPending = false;
    const land = () => {
      jumpPending = false;
      document.querySelector(':target')?.scrollIntoView();
    };
    const onScroll = () => {
      scrolling = true;
    };
    const onScrollEnd = () => {
      scrolling = false;
      if (jumpPending) land();
    };
    const onHashChange = () => {
      jumpPending = true;
      if (scrolling) return;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (jumpPending && !scrolling) land();
        }),
      );
    };
    const onReaderInput = () => {
      jumpPending = false;
    };
    const readerInputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('scrollend', onScrollEnd);
    addEventListener('hashchange', onHashChange);
    for (const type of readerInputs) addEventListener(type, onReaderInput, { passive: true });
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('scrollend', onScrollEnd);
      removeEventListener('hashchange', onHashChange);
      for (const type of readerInputs) removeEventListener(type, onReaderInput);
    };
  }, []);
  return null;
}
