'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';
import { isEmptyDiff } from '@/lib/inspector/store-diff';
import { BrowserSection, RequestSection, ResponseSection, StoreSection, TimelineSection } from './inspector-sections';
import { Experiments } from './experiments';
import { useReportChange } from './inspector-changes';
import { useInspection } from './use-inspection';
import { Card } from '@/components/ui/card';
import { ServerNeeded } from '@/components/offline/server-needed';
import type { OfflineMessages } from '@/lib/i18n/messages/offline';

type Labels = SiteMessages['inspector'];

/** The cookie inspector: what the browser sent, what the server answered, what the store holds. */
export function Inspector({
  locale,
  labels,
  serverNeeded,
}: {
  locale: Locale;
  labels: Labels;
  /** Where no lab frame around it says so (a lesson), the inspector itself tells an offline learner it needs the server. */
  serverNeeded?: OfflineMessages['serverNeeded'];
}) {
  const { view, diff, failed, forgotten, live, refresh, markExperiment } = useInspection();
  const [open, setOpen] = useState(true);
  const titleId = useId();
  const bodyId = useId();
  const report = useReportChange();
  // Tell the frame what changed while it may be out of sight: the store entry, or the cookie.
  useEffect(() => {
    if (!isEmptyDiff(diff)) report('store');
  }, [diff, report]);
  const cookieValue = view ? view.sessionCookie.value : undefined;
  const lastCookie = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (cookieValue === undefined) return;
    if (lastCookie.current !== undefined && lastCookie.current !== cookieValue) report('request');
    lastCookie.current = cookieValue;
  }, [cookieValue, report]);
  const announcement = isEmptyDiff(diff) ? '' : `${labels.announceUpdated} ${[...diff.added, ...diff.changed, ...diff.removed].join(', ')}`;

  return (
    <Card as="section" aria-labelledby={titleId} padding={4} data-inspector data-live={live ? 'stream' : 'poll'}>
      <div className="flex items-center gap-2">
        <h2 id={titleId} className="text-lg font-bold">
          {labels.title}
        </h2>
        <button
          type="button"
          onClick={refresh}
          className="ml-auto min-h-11 rounded-md px-3 py-1 text-sm font-semibold hover:bg-accent-soft dark:hover:bg-night"
        >
          {labels.refresh}
        </button>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="min-h-11 rounded-md px-3 py-1 text-sm font-semibold hover:bg-accent-soft dark:hover:bg-night"
        >
          {open ? labels.collapse : labels.expand}
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div id={bodyId} hidden={!open} className="mt-2">
        {serverNeeded ? <ServerNeeded labels={serverNeeded} /> : null}
        {failed && !view ? <p role="alert">{labels.unavailable}</p> : null}
        {!view ? (
          <p className="text-muted dark:text-night-muted">{labels.loading}</p>
        ) : (
          <>
            <BrowserSection labels={labels} />
            <RequestSection view={view} labels={labels} />
            <ResponseSection events={view.events} labels={labels} />
            <StoreSection view={view} diff={diff} forgotten={forgotten} labels={labels} />
            <TimelineSection events={view.events} labels={labels} />
            <Experiments locale={locale} labels={labels} onRun={markExperiment} />
          </>
        )}
      </div>
    </Card>
  );
}
