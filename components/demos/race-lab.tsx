'use client';

import { useState } from 'react';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { apiFetch } from '@/components/ui/api-fetch';
import { labFetch } from './lab-fetch';
import { Card } from '@/components/ui/card';

type Mode = 'locked' | 'unlocked';
const PARALLEL = 20;

/** Fires 20 parallel "add one chai" requests with the engine's lock on and off, on their own cookie paths. */
export function RaceLab({ locale, labels }: { locale: Locale; labels: SiteMessages['lab'] }) {
  const [counts, setCounts] = useState<Record<Mode, number | null>>({ locked: null, unlocked: null });
  const [busy, setBusy] = useState(false);

  async function run(mode: Mode) {
    const base = `/api/demo/race/${mode}`;
    await labFetch(locale, `${base}/reset`, { method: 'POST' });
    // The racing requests tell no inspector: the two labFetch calls around them already do.
    await Promise.all(Array.from({ length: PARALLEL }, () => apiFetch(locale, `${base}/add`, { method: 'POST' })));
    const result = await labFetch<{ count: number }>(locale, base);
    return result.data?.count ?? null;
  }

  async function runBoth() {
    setBusy(true);
    setCounts({ locked: null, unlocked: null });
    const locked = await run('locked');
    const unlocked = await run('unlocked');
    setCounts({ locked, unlocked });
    setBusy(false);
  }

  return (
    <Card as="section" aria-labelledby="race-title" data-testid="race-lab">
      <h2 id="race-title" className="text-lg font-bold">
        {labels.raceTitle}
      </h2>
      <p className="mt-1 text-muted dark:text-night-muted">{labels.raceLead}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => void runBoth()}
        className="mt-4 min-h-11 rounded-lg bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60 dark:bg-night-accent dark:text-night"
      >
        {busy ? labels.working : labels.raceRunBoth}
      </button>
      <div className="mt-4 grid gap-3 sm:grid-cols-2" role="status" aria-live="polite">
        {(['locked', 'unlocked'] as const).map((mode) => (
          <Card key={mode} variant="inset" padding={4} data-testid={`race-${mode}`}>
            <p className="font-semibold">{mode === 'locked' ? labels.raceLocked : labels.raceUnlocked}</p>
            <p
              className={`mt-1 font-mono text-3xl font-extrabold ${counts[mode] === PARALLEL ? 'text-green-800 dark:text-green-300' : counts[mode] === null ? '' : 'text-red-800 dark:text-red-300'}`}
            >
              {counts[mode] ?? '—'}
            </p>
            <p className="text-sm text-muted dark:text-night-muted">
              {counts[mode] === null ? labels.raceNotRun : format(labels.raceResult, { count: counts[mode] ?? 0 })}
            </p>
          </Card>
        ))}
      </div>
      <p className="mt-4 text-sm">{labels.raceExplain}</p>
    </Card>
  );
}
