'use client';

import type { ReactNode } from 'react';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import { Button } from '@/components/ui/button';

/** The lab's protection switch: a labelled checkbox, so it reads and works as one everywhere. */
export function ProtectionToggle({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="flex items-center gap-3 rounded-lg border border-line px-3 py-2 font-semibold dark:border-night-line">
      <input
        type="checkbox"
        className="size-5 accent-accent"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** A numbered step: its button and what it showed. */
export function LabStep({ children, result }: { children: ReactNode; result?: ReactNode }) {
  return (
    <li className="space-y-2">
      <div>{children}</div>
      {result ? <div className="text-sm wrap-anywhere">{result}</div> : null}
    </li>
  );
}

/** Whether the attack worked, in words and colour, announced when it changes. */
export function LabOutcome({
  worked,
  detail,
  why,
  labels,
}: {
  worked: boolean | null;
  detail: string;
  /** What happened in this run, so the explanation follows the outcome (worked or blocked). */
  why?: string;
  labels: LabsMessages['security'];
}) {
  return (
    <div role="status" aria-live="polite" className="min-h-12">
      {worked === null ? null : (
        <>
          <p
            data-testid="lab-outcome"
            className={`rounded-lg border-2 px-3 py-2 font-semibold ${worked ? 'border-red-700 text-red-800 dark:border-red-300 dark:text-red-200' : 'border-green-700 text-green-800 dark:border-green-300 dark:text-green-200'}`}
          >
            {worked ? labels.attackWorked : labels.attackFailed}
            {detail ? `: ${detail}` : ''}
          </p>
          {why ? (
            <p className="mt-2" data-testid="lab-why">
              <span className="font-semibold">{labels.whatHappened}</span> {why}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

/** The foot of every lab: one click puts it back to its start, beside the lab's last message. */
export function LabFooter({
  labels,
  busy,
  message,
  onReset,
}: {
  labels: LabsMessages['security'];
  busy: boolean;
  message: string;
  onReset: () => void;
}) {
  return (
    <div className="flex items-center gap-3">
      <Button type="button" disabled={busy} onClick={onReset}>
        {labels.reset}
      </Button>
      <p className="text-sm">{message}</p>
    </div>
  );
}
