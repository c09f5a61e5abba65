'use client';

import { useState } from 'react';
import { labFetch, notifyLabRequest } from '@/components/demos/lab-fetch';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { Section } from './inspector-sections';

type Labels = SiteMessages['inspector'];

type ExperimentKey = 'tamper' | 'forget' | 'expire';

interface Outcome {
  readonly key: ExperimentKey;
  readonly text: string;
  readonly failed: boolean;
}

/** What each endpoint answers (`lib/site/inspector-endpoints.ts`), and what to say about it. */
function outcomeText(key: ExperimentKey, labels: Labels, response: { ok: boolean; status: number; data: unknown; message: string | null }) {
  const data = (response.data ?? {}) as { forgotten?: boolean; expired?: boolean };
  switch (key) {
    case 'tamper':
      if (response.ok) return labels.tamperDone;
      if (response.status === 409) return labels.tamperNone;
      break;
    case 'forget':
      if (response.ok) return data.forgotten ? labels.forgetDone : labels.forgetNone;
      break;
    case 'expire':
      if (response.ok) return data.expired ? labels.expireDone : labels.expireNone;
      break;
  }
  return null;
}

/**
 * The three experiments on this browser's session. Each answers right under the button that was
 * tapped, and tells every demo (here and in other tabs) to read the server's truth again.
 */
export function Experiments({ locale, labels, onRun }: { locale: Locale; labels: Labels; onRun: (key: ExperimentKey) => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (key: ExperimentKey) => {
    setBusy(true);
    setOutcome(null);
    onRun(key);
    const response = await labFetch(locale, `/api/inspect/${key}`, { method: 'POST' });
    notifyLabRequest('experiment');
    setBusy(false);
    const text = outcomeText(key, labels, response);
    setOutcome(
      text === null
        ? { key, text: format(labels.experimentFailed, { message: response.message ?? String(response.status) }), failed: true }
        : { key, text, failed: false },
    );
  };
  const experiments = [
    { key: 'tamper' as const, label: labels.tamper, help: labels.tamperHelp },
    { key: 'forget' as const, label: labels.forget, help: labels.forgetHelp },
    { key: 'expire' as const, label: labels.expire, help: labels.expireHelp },
  ];
  return (
    <Section title={labels.experiments} testId="inspector-experiments" section="experiments">
      <ul className="space-y-3">
        {experiments.map((experiment) => (
          <li key={experiment.key}>
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(experiment.key)}
              className="min-h-11 rounded-md border border-line px-3 py-1.5 font-semibold hover:bg-accent-soft disabled:opacity-60 dark:border-night-line dark:hover:bg-night"
            >
              {experiment.label}
            </button>
            <p className="mt-0.5 text-xs text-muted dark:text-night-muted">{experiment.help}</p>
            <p role="status" data-testid="experiment-result" className="text-sm font-semibold">
              {outcome?.key === experiment.key ? (
                <span
                  className={`mt-1 block rounded px-2 py-1 ${outcome.failed ? 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200' : 'bg-accent-soft dark:bg-night-2'}`}
                >
                  {outcome.text}
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
