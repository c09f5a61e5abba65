'use client';

import { type ReactNode, useId, useState } from 'react';

/** Demo and inspector side by side on wide screens; two tabs on narrow ones. */
export function LabShell({
  demo,
  inspector,
  labels,
}: {
  demo: ReactNode;
  inspector: ReactNode;
  labels: { tabs: string; demo: string; inspector: string };
}) {
  const [tab, setTab] = useState<'demo' | 'inspector'>('demo');
  const id = useId();
  const tabs = [
    { key: 'demo' as const, label: labels.demo },
    { key: 'inspector' as const, label: labels.inspector },
  ];
  return (
    <div>
      <div
        role="tablist"
        aria-label={labels.tabs}
        className="mb-4 grid grid-cols-2 rounded-lg border border-line p-1 lg:hidden dark:border-night-line"
      >
        {tabs.map((entry) => (
          <button
            key={entry.key}
            type="button"
            role="tab"
            id={`${id}-${entry.key}-tab`}
            aria-selected={tab === entry.key}
            aria-controls={`${id}-${entry.key}`}
            tabIndex={tab === entry.key ? 0 : -1}
            onClick={() => setTab(entry.key)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next = tab === 'demo' ? 'inspector' : 'demo';
                setTab(next);
                document.getElementById(`${id}-${next}-tab`)?.focus();
              }
            }}
            className={`rounded-md py-2 font-semibold ${tab === entry.key ? 'bg-accent text-white dark:bg-night-accent dark:text-night' : ''}`}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div
          id={`${id}-demo`}
          role="tabpanel"
          aria-labelledby={`${id}-demo-tab`}
          className={`${tab === 'demo' ? '' : 'hidden'} min-w-0 lg:block`}
        >
          {demo}
        </div>
        <div
          id={`${id}-inspector`}
          role="tabpanel"
          aria-labelledby={`${id}-inspector-tab`}
          className={`${tab === 'inspector' ? '' : 'hidden'} min-w-0 lg:block`}
        >
          <div className="lg:sticky lg:top-20">{inspector}</div>
        </div>
      </div>
    </div>
  );
}
