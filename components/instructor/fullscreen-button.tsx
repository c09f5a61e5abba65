'use client';

import { buttonClass } from '@/components/ui/button';

/** Full screen on or off, for the join slide on a projector. */
export function FullscreenButton({ label }: { label: string }) {
  function toggle() {
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch(() => {
      // Refused (an embedding frame, or no gesture): the slide works in a window too.
    });
  }
  return (
    <button type="button" onClick={toggle} className={buttonClass({})}>
      {label}
    </button>
  );
}
