'use client';

import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({
  code,
  labels,
}: {
  code: string;
  labels: { copy: string; copied: string; copyLabel: string; copyFailed: string };
}) {
  const [state, setState] = useState<CopyState>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={labels.copyLabel}
      className="min-h-11 min-w-11 rounded-md px-2 py-1 text-xs font-semibold text-muted hover:bg-black/5 hover:text-ink dark:text-night-muted dark:hover:bg-white/10 dark:hover:text-night-ink"
    >
      <span aria-live="polite">{state === 'copied' ? labels.copied : state === 'failed' ? labels.copyFailed : labels.copy}</span>
    </button>
  );
}
