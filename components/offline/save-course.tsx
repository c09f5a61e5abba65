'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { format } from '@/lib/i18n/format';
import type { OfflineMessages } from '@/lib/i18n/messages/offline';
import { SAVE_PAGES_MESSAGE, type SaveProgress } from '@/lib/offline/protocol';

const subscribeNever = () => () => {};

/** "Save the whole course for offline": asks the service worker to keep every lesson of this language, with progress. */
export function SaveCourse({ paths, labels }: { paths: readonly string[]; labels: OfflineMessages['save'] }) {
  const supported = useSyncExternalStore(
    subscribeNever,
    () => 'serviceWorker' in navigator,
    () => true,
  );
  const [progress, setProgress] = useState<SaveProgress | null>(null);
  const busy = progress !== null && !progress.finished;

  async function save() {
    setProgress({ done: 0, failed: 0, total: paths.length, finished: false });
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SaveProgress>) => {
      setProgress(event.data);
      if (event.data.finished) channel.port1.close();
    };
    registration.active?.postMessage({ type: SAVE_PAGES_MESSAGE, paths }, [channel.port2]);
  }

  const status =
    progress === null
      ? ''
      : !progress.finished
        ? format(labels.saving, { done: Math.min(progress.done + 1, progress.total), total: progress.total })
        : progress.failed > 0
          ? format(labels.partly, { done: progress.done - progress.failed, total: progress.total, failed: progress.failed })
          : format(labels.saved, { total: progress.total });

  return (
    <section aria-labelledby="save-course-title" className="mt-8 rounded-xl border border-line p-4 dark:border-night-line" data-print-hide>
      <h2 id="save-course-title" className="text-lg font-bold">
        {labels.title}
      </h2>
      <p className="mt-1 text-muted dark:text-night-muted">{labels.lead}</p>
      {supported ? (
        <>
          <Button variant="primary" className="mt-3 w-full sm:w-auto" onClick={save} disabled={busy} aria-describedby="save-course-status">
            {labels.button}
          </Button>
          {progress !== null ? (
            <progress
              value={progress.done}
              max={progress.total}
              aria-label={labels.progress}
              className="mt-3 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-line dark:[&::-webkit-progress-bar]:bg-night-line [&::-webkit-progress-value]:bg-accent dark:[&::-webkit-progress-value]:bg-night-accent"
            />
          ) : null}
          <p id="save-course-status" role="status" className="mt-2 text-sm font-medium">
            {status}
          </p>
        </>
      ) : (
        <p className="mt-3 text-sm font-medium">{labels.unavailable}</p>
      )}
    </section>
  );
}
