'use client';

import { useEffect, useId, useState } from 'react';
import { labFetch } from '@/components/demos/lab-fetch';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { CheckReply } from '@/lib/practice/check-endpoint';
import type { ExerciseId } from '@/lib/practice/exercises';
import { markPassed } from '@/lib/practice/progress';
import type { PracticeAvailability } from '@/lib/practice/guard';
import type { PracticeMessages } from '@/lib/i18n/messages/practice';
import { ScrollablePre } from './scrollable-pre';
import { updatePracticeProgress } from './use-practice-progress';
import { Card } from '@/components/ui/card';

type Availability = PracticeAvailability | { readonly available: 'unknown' };

/**
 * "Check my app": asks the site whether it may run the grader for this visitor (only on the
 * machine it runs on), then runs it against the URL typed here and shows the CLI's lines.
 */
export function CheckPanel({
  locale,
  exercise,
  needsRedis,
  command,
  strings,
}: {
  locale: Locale;
  exercise: ExerciseId;
  needsRedis: boolean;
  command: string;
  strings: PracticeMessages['checker'];
}) {
  const [availability, setAvailability] = useState<Availability>({ available: 'unknown' });
  const [app, setApp] = useState('http://127.0.0.1:4000');
  const [redis, setRedis] = useState('redis://127.0.0.1:6379');
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState('');
  const [lines, setLines] = useState<readonly string[]>([]);
  const appId = useId();
  const redisId = useId();

  useEffect(() => {
    let live = true;
    void labFetch<PracticeAvailability>(locale, '/api/practice/check').then((response) => {
      if (live) setAvailability(response.data ?? { available: false, reason: 'not-this-machine' });
    });
    return () => {
      live = false;
    };
  }, [locale]);

  if (availability.available === 'unknown') return null;
  if (!availability.available) {
    return (
      <Card variant="inset" padding={4} className="mt-4" data-testid="practice-off">
        <p className="font-semibold">{strings.offHeading}</p>
        <p className="mt-1 text-sm">{strings.off[availability.reason]}</p>
        <p className="mt-2 text-sm">{strings.offCommand}</p>
        <ScrollablePre className="mt-1">
          <code>{command}</code>
        </ScrollablePre>
      </Card>
    );
  }

  async function run() {
    setRunning(true);
    setStatus(strings.running);
    setLines([]);
    const response = await labFetch<CheckReply>(locale, '/api/practice/check', {
      method: 'POST',
      body: { exercise, app, ...(needsRedis ? { redis } : {}) },
    });
    setRunning(false);
    const reply = response.data;
    if (!reply) {
      setStatus(format(strings.error, { message: response.message ?? String(response.status) }));
      return;
    }
    setLines(reply.lines);
    if (reply.exitCode === 0) {
      updatePracticeProgress((current) => markPassed(current, reply.passed, new Date()));
      setStatus(strings.passed);
    } else if (reply.exitCode === 2) {
      setStatus(reply.lines[0] ?? '');
    } else {
      setStatus(format(strings.failed, { failed: reply.failedChecks, total: reply.totalChecks }));
    }
  }

  return (
    <form
      className="mt-4 space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full min-w-0 sm:w-auto sm:flex-1">
          <label htmlFor={appId} className="block text-sm font-semibold">
            {strings.urlLabel}
          </label>
          <input
            id={appId}
            type="url"
            required
            value={app}
            onChange={(event) => setApp(event.target.value)}
            aria-describedby={`${appId}-help`}
            className="mt-1 w-full rounded-md border border-line bg-paper px-3 py-2 font-mono text-sm dark:border-night-line dark:bg-night"
          />
        </div>
        {needsRedis ? (
          <div className="w-full min-w-0 sm:w-auto sm:flex-1">
            <label htmlFor={redisId} className="block text-sm font-semibold">
              Redis
            </label>
            <input
              id={redisId}
              type="text"
              value={redis}
              onChange={(event) => setRedis(event.target.value)}
              className="mt-1 w-full rounded-md border border-line bg-paper px-3 py-2 font-mono text-sm dark:border-night-line dark:bg-night"
            />
          </div>
        ) : null}
        <button
          type="submit"
          disabled={running}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-60 dark:bg-night-accent dark:text-night"
        >
          {running ? strings.running : strings.run}
        </button>
      </div>
      <p id={`${appId}-help`} className="text-sm text-muted dark:text-night-muted">
        {strings.urlHelp}
      </p>
      <p role="status" aria-live="polite" className="text-sm font-semibold empty:hidden">
        {status}
      </p>
      {lines.length > 0 ? (
        <ScrollablePre className="max-h-96 overflow-y-auto text-xs leading-relaxed whitespace-pre-wrap" testId="check-output">
          {lines.join('\n')}
        </ScrollablePre>
      ) : null}
    </form>
  );
}
