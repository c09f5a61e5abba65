'use client';

import { useId, useState } from 'react';
import { labFetch } from '@/components/demos/lab-fetch';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';
import { isEmptyDiff } from '@/lib/inspector/store-diff';
import { BrowserSection, RequestSection, ResponseSection, Section, StoreSection, TimelineSection } from './inspector-sections';
import { useInspection } from './use-inspection';
import { Card } from '@/components/ui/card';

type Labels = SiteMessages['inspector'];

function Experiments({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [busy, setBusy] = useState(false);
  const run = async (path: string) => {
    setBusy(true);
    await labFetch(locale, path, { method: 'POST' });
    setBusy(false);
  };
  const experiments = [
    { path: '/api/inspect/tamper', label: labels.tamper, help: labels.tamperHelp },
    { path: '/api/inspect/forget', label: labels.forget, help: labels.forgetHelp },
    { path: '/api/inspect/expire', label: labels.expire, help: labels.expireHelp },
  ];
  return (
    <Section title={labels.experiments} testId="inspector-experiments">
      <ul className="space-y-2">
        {experiments.map((experiment) => (
          <li key={experiment.path}>
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(experiment.path)}
              className="rounded-md border border-line px-3 py-1.5 font-semibold hover:bg-accent-soft disabled:opacity-60 dark:border-night-line dark:hover:bg-night"
            >
              {experiment.label}
            </button>
            <p className="mt-0.5 text-xs text-muted dark:text-night-muted">{experiment.help}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The cookie inspector: what the browser sent, what the server answered, what the store holds. */
export function Inspector({ locale, labels }: { locale: Locale; labels: Labels }) {
  const { view, diff, failed, refresh } = useInspection();
  const [open, setOpen] = useState(true);
  const titleId = useId();
  const bodyId = useId();
  const announcement = isEmptyDiff(diff) ? '' : `${labels.announceUpdated} ${[...diff.added, ...diff.changed, ...diff.removed].join(', ')}`;

  return (
    <Card as="section" aria-labelledby={titleId} padding={4} data-inspector>
      <div className="flex items-center gap-2">
        <h2 id={titleId} className="text-lg font-bold">
          {labels.title}
        </h2>
        <button
          type="button"
          onClick={refresh}
          className="ml-auto rounded-md px-2 py-1 text-sm font-semibold hover:bg-accent-soft dark:hover:bg-night"
        >
          {labels.refresh}
        </button>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="rounded-md px-2 py-1 text-sm font-semibold hover:bg-accent-soft dark:hover:bg-night"
        >
          {open ? labels.collapse : labels.expand}
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div id={bodyId} hidden={!open} className="mt-2">
        {failed && !view ? <p role="alert">{labels.unavailable}</p> : null}
        {!view ? (
          <p className="text-muted dark:text-night-muted">{labels.loading}</p>
        ) : (
          <>
            <BrowserSection labels={labels} />
            <RequestSection view={view} labels={labels} />
            <ResponseSection events={view.events} labels={labels} />
            <StoreSection view={view} diff={diff} labels={labels} />
            <TimelineSection events={view.events} labels={labels} />
            <Experiments locale={locale} labels={labels} />
          </>
        )}
      </div>
    </Card>
  );
}
