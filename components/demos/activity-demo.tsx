'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ActivityEntry } from '@/lib/shop/activity';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { labFetch } from './lab-fetch';
import { useServerTruth } from './use-server-truth';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

/** The pages this session visited, newest first, with a button that forgets them. */
export function ActivityDemo({ locale, labels }: { locale: Locale; labels: SiteMessages['lab'] }) {
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [message, setMessage] = useState('');

  const reload = useCallback(
    () =>
      labFetch<{ entries: ActivityEntry[] }>(locale, '/api/demo/activity').then((response) => {
        if (response.data) setEntries(response.data.entries);
        else setMessage(format(labels.error, { message: response.message ?? '' }));
      }),
    [locale, labels.error],
  );

  useEffect(() => {
    void reload();
  }, [reload]);
  useServerTruth(() => void reload());

  async function clear() {
    const response = await labFetch<{ entries: ActivityEntry[] }>(locale, '/api/demo/activity', { method: 'DELETE' });
    if (response.data) setEntries(response.data.entries);
  }

  const time = new Intl.DateTimeFormat('en-IN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <Card as="section" data-testid="activity">
      {entries && entries.length > 0 ? (
        <ol className="divide-y divide-line dark:divide-night-line">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{entry.title ?? entry.path}</span>
                <span className="block font-mono text-xs text-muted dark:text-night-muted">{entry.path}</span>
              </span>
              <span className="text-sm text-muted dark:text-night-muted">
                {format(labels.visitedAt, { time: time.format(new Date(entry.at)) })}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted dark:text-night-muted">{entries ? labels.activityEmpty : labels.working}</p>
      )}
      <Button type="button" onClick={() => void clear()} className="mt-4 min-h-11">
        {labels.activityClear}
      </Button>
      <p className="mt-3 text-sm text-muted dark:text-night-muted">{labels.activityNote}</p>
      <p role="status" aria-live="polite" className="text-sm font-semibold text-red-800 dark:text-red-300">
        {message}
      </p>
    </Card>
  );
}
