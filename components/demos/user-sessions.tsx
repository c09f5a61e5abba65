'use client';

import { useCallback, useEffect, useState } from 'react';
import type { SessionRow } from '@/lib/shop/user-session-operations';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { labFetch } from './lab-fetch';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

const button =
  'min-h-11 rounded-lg border border-line px-3 py-2 text-sm font-semibold hover:bg-accent-soft disabled:opacity-60 dark:border-night-line dark:hover:bg-night';

const timeFormat = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * "Your sessions": the signed-in user's sessions on every browser, from `GET /api/demo/sessions`,
 * each with "log out this one", and "log out everywhere". Sessions are named by the sid's first
 * characters only. Ending this browser's own session reloads the page, which is then logged out.
 */
export function UserSessions({ locale, labels }: { locale: Locale; labels: SiteMessages['lab']['sessions'] }) {
  const [rows, setRows] = useState<readonly SessionRow[] | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const response = await labFetch<{ sessions: SessionRow[] }>(locale, '/api/demo/sessions');
    if (response.data) setRows(response.data.sessions);
    else {
      setError(true);
      setMessage(response.message ?? '');
    }
  }, [locale]);

  useEffect(() => {
    let live = true;
    void labFetch<{ sessions: SessionRow[] }>(locale, '/api/demo/sessions').then((response) => {
      if (live && response.data) setRows(response.data.sessions);
    });
    // Coming back to this tab after acting in another browser shows the change.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [locale, load]);

  async function endOne(row: SessionRow) {
    setBusy(true);
    const response = await labFetch<{ ended: string; current: boolean }>(locale, `/api/demo/sessions/${encodeURIComponent(row.id)}`, {
      method: 'DELETE',
    });
    setBusy(false);
    setError(!response.ok);
    if (!response.data) return setMessage(response.message ?? '');
    if (response.data.current) return window.location.reload();
    setMessage(format(labels.endedOne, { id: row.id }));
    await load();
  }

  async function endAll() {
    setBusy(true);
    const response = await labFetch<{ ended: number }>(locale, '/api/demo/sessions', { method: 'DELETE' });
    setBusy(false);
    setError(!response.ok);
    if (!response.data) return setMessage(response.message ?? '');
    window.location.reload();
  }

  return (
    <Card as="section" aria-labelledby="user-sessions-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="user-sessions-title" className="text-lg font-bold">
          {labels.title}
          {rows ? (
            <span className="ml-2 text-sm font-normal text-muted dark:text-night-muted">
              {format(labels.count, { count: rows.length })}
            </span>
          ) : null}
        </h2>
        <button type="button" className={button} onClick={() => void load()} disabled={busy}>
          {labels.refresh}
        </button>
      </div>
      <p className="mt-1 text-sm text-muted dark:text-night-muted">{labels.lead}</p>
      <ul className="mt-4 space-y-3" data-testid="user-sessions">
        {(rows ?? []).map((row) => (
          <Card
            as="li"
            key={row.id}
            data-testid="session-row"
            data-current={row.current ? 'true' : 'false'}
            variant="inset"
            className="flex flex-wrap items-center justify-between gap-3"
          >
            <div className="min-w-0">
              <p className="font-semibold break-words">
                {row.device}
                {row.current ? (
                  <span className="ml-2 rounded bg-accent-soft px-2 py-0.5 text-xs font-semibold dark:bg-night">{labels.current}</span>
                ) : null}
              </p>
              <p className="font-mono text-xs text-muted dark:text-night-muted">{format(labels.shortId, { id: row.id })}</p>
              <p className="text-sm text-muted dark:text-night-muted">
                {format(labels.created, { time: timeFormat.format(new Date(row.createdAt)) })}
              </p>
              <p className="text-sm text-muted dark:text-night-muted">
                {format(labels.lastSeen, { time: timeFormat.format(new Date(row.lastSeenAt)) })}
              </p>
            </div>
            <button
              type="button"
              className={button}
              disabled={busy}
              aria-label={format(labels.endOneLabel, { device: row.device, id: row.id })}
              onClick={() => void endOne(row)}
            >
              {labels.endOne}
            </button>
          </Card>
        ))}
      </ul>
      <Button type="button" variant="primary" className="mt-4 min-h-11" disabled={busy || rows === null} onClick={() => void endAll()}>
        {labels.endAll}
      </Button>
      <p
        role="status"
        aria-live="polite"
        data-testid="user-sessions-status"
        className={`mt-3 min-h-6 text-sm font-semibold ${error ? 'text-red-800 dark:text-red-300' : 'text-green-800 dark:text-green-300'}`}
      >
        {message}
      </p>
    </Card>
  );
}
