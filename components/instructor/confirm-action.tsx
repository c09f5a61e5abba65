'use client';

import { useRef, useState } from 'react';
import { format } from '@/lib/i18n/format';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { cardClass } from '@/components/ui/card';

interface ConfirmActionProps {
  readonly endpoint: string;
  readonly label: string;
  readonly question: string;
  /** The message after success, with `{n}` for the count the endpoint answers. */
  readonly done: string;
  readonly countKey: string;
  readonly strings: InstructorMessages;
  readonly onDone: () => void;
}

/** A class-wide action behind a confirmation dialog; nothing happens until "yes". */
export function ConfirmAction({ endpoint, label, question, done, countKey, strings: t, onDone }: ConfirmActionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');

  async function confirm() {
    dialog.current?.close();
    try {
      const response = await fetch(endpoint, { method: 'POST' });
      const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      if (!response.ok) {
        const error = body?.error as { message?: string } | undefined;
        setMessage(error?.message ?? t.offline);
        return;
      }
      setMessage(format(done, { n: Number(body?.[countKey] ?? 0) }));
      onDone();
    } catch {
      setMessage(t.offline);
    }
  }

  return (
    // The result line floats under the button, so the dashboard's top row keeps one height.
    <div className="relative">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border-2 border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 dark:border-red-300 dark:text-red-300 dark:hover:bg-night"
      >
        {label}
      </button>
      <p
        role="status"
        aria-live="polite"
        className="absolute top-full left-0 z-10 mt-1 rounded bg-paper text-sm font-semibold whitespace-nowrap dark:bg-night"
      >
        {message}
      </p>
      <dialog
        ref={dialog}
        aria-label={label}
        className={cardClass({ className: 'm-auto max-w-md text-ink backdrop:bg-black/50 dark:text-night-ink' })}
      >
        <p className="text-lg">{question}</p>
        <div className="mt-4 flex justify-end gap-3">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-line px-4 py-2 font-semibold dark:border-night-line"
          >
            {t.cancel}
          </button>
          <button
            type="button"
            onClick={confirm}
            className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white dark:bg-red-300 dark:text-night"
          >
            {label}
          </button>
        </div>
      </dialog>
    </div>
  );
}
