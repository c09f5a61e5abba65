'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import { useServerEvents } from '@/components/ui/use-server-events';
import type { InstructorOverview } from '@/lib/instructor/overview';
import { format } from '@/lib/i18n/format';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { ConfirmAction } from './confirm-action';
import { CartsPanel, CreationChart, SessionTable, StatCards } from './overview-panels';

/** How often the dashboard asks for fresh numbers while its stream cannot open, in ms. */
export const POLL_INTERVAL_MS = 1_500;

type Status = 'live' | 'offline' | 'signed-out';

/**
 * The live dashboard: reads the overview again when the server's stream says the store changed
 * (at most once a second), polls only while the stream cannot open, and offers the class-wide actions.
 */
export function ClassDashboard({ initial, strings: t }: { initial: InstructorOverview; strings: InstructorMessages }) {
  const router = useRouter();
  const [overview, setOverview] = useState(initial);
  const [status, setStatus] = useState<Status>('live');
  const inFlight = useRef(false);
  const again = useRef(false);

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/instructor/overview', { cache: 'no-store' });
      if (response.status === 401) {
        setStatus('signed-out');
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      setOverview((await response.json()) as InstructorOverview);
      setStatus('live');
    } catch {
      setStatus('offline');
    }
  }, []);

  // A change pushed while a read is on its way asks for one more read after it, so none is lost.
  const refresh = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        await load();
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, [load]);

  const { open: live } = useServerEvents({
    url: status === 'signed-out' ? null : '/api/instructor/stream',
    onEvent: () => void refresh(),
    onPoll: () => void refresh(),
    pollMs: POLL_INTERVAL_MS,
  });

  async function logout() {
    await fetch('/api/instructor/logout', { method: 'POST' }).catch(() => {});
    router.refresh();
  }

  return (
    <div className="mt-8 flex flex-col gap-8" data-live={live ? 'stream' : 'poll'} data-testid="class-dashboard">
      <div className="flex flex-wrap items-center gap-3 text-sm text-muted dark:text-night-muted">
        <p role="status" aria-live="polite" className="min-h-5 font-semibold" data-testid="dashboard-status">
          {status === 'offline' ? t.offline : status === 'signed-out' ? t.signedOut : ''}
        </p>
        <p className="ml-auto" suppressHydrationWarning>
          {format(t.updatedAt, { time: new Date(overview.generatedAt).toLocaleTimeString('en-IN') })}
        </p>
        <button
          type="button"
          onClick={logout}
          className="rounded-md border border-line px-3 py-1.5 font-semibold text-ink hover:bg-accent-soft dark:border-night-line dark:text-night-ink dark:hover:bg-night"
        >
          {t.logoutButton}
        </button>
      </div>
      <StatCards overview={overview} strings={t} />
      <CreationChart perMinute={overview.createdPerMinute} strings={t} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title" className="text-xl font-bold">
          {t.actionsTitle}
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          <ConfirmAction
            endpoint="/api/instructor/reset"
            label={t.resetButton}
            question={t.resetConfirm}
            done={t.resetDone}
            countKey="deleted"
            strings={t}
            onDone={refresh}
          />
          <ConfirmAction
            endpoint="/api/instructor/expire-all"
            label={t.expireAllButton}
            question={t.expireAllConfirm}
            done={t.expireAllDone}
            countKey="expired"
            strings={t}
            onDone={refresh}
          />
        </div>
      </section>
      <CartsPanel overview={overview} strings={t} />
      <SessionTable overview={overview} strings={t} />
    </div>
  );
}
