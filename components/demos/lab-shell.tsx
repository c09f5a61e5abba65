'use client';

import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { format } from '@/lib/i18n/format';
import { type ChangedSection, InspectorChanges } from '@/components/inspector/inspector-changes';

const SECTION_ORDER: readonly ChangedSection[] = ['store', 'request'];

/**
 * Demo and inspector side by side on wide screens; two tabs on narrow ones. The tabs stick under
 * the site header, and while the Demo tab is open the Inspector tab marks what changed; opening
 * it lands on the first section that did.
 */
export function LabShell({
  demo,
  inspector,
  labels,
}: {
  demo: ReactNode;
  inspector: ReactNode;
  labels: {
    tabs: string;
    demo: string;
    inspector: string;
    /** With `{what}`, the changed sections' names; without it the tab shows no mark. */
    changed?: string;
    sections?: Record<ChangedSection, string>;
  };
}) {
  const [tab, setTab] = useState<'demo' | 'inspector'>('demo');
  const [changed, setChanged] = useState<readonly ChangedSection[]>([]);
  const landOn = useRef<ChangedSection | null>(null);
  const inspectorPanel = useRef<HTMLDivElement>(null);
  const id = useId();

  const report = useCallback(
    (section: ChangedSection) => {
      if (tab === 'inspector') return;
      setChanged((current) => (current.includes(section) ? current : SECTION_ORDER.filter((s) => s === section || current.includes(s))));
    },
    [tab],
  );

  const open = (next: 'demo' | 'inspector') => {
    if (next === 'inspector') {
      landOn.current = changed[0] ?? null;
      setChanged([]);
    }
    setTab(next);
  };

  // After the panel is shown: scroll to the section that changed (its scroll margin clears the sticky bars).
  useEffect(() => {
    if (tab !== 'inspector' || landOn.current === null) return;
    inspectorPanel.current?.querySelector(`[data-section="${landOn.current}"]`)?.scrollIntoView({ block: 'start' });
    landOn.current = null;
  }, [tab]);

  const tabs = [
    { key: 'demo' as const, label: labels.demo },
    { key: 'inspector' as const, label: labels.inspector },
  ];
  const changedNote =
    changed.length > 0 && labels.changed && labels.sections
      ? format(labels.changed, { what: changed.map((s) => labels.sections?.[s] ?? s).join(', ') })
      : null;
  return (
    <div>
      <div
        role="tablist"
        aria-label={labels.tabs}
        data-lab-tabs
        className="sticky top-16 z-30 mb-4 grid grid-cols-2 rounded-lg border border-line bg-paper p-1 lg:hidden dark:border-night-line dark:bg-night"
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
            onClick={() => open(entry.key)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next = tab === 'demo' ? 'inspector' : 'demo';
                open(next);
                document.getElementById(`${id}-${next}-tab`)?.focus();
              }
            }}
            className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md py-2 font-semibold ${tab === entry.key ? 'bg-accent text-white dark:bg-night-accent dark:text-night' : ''}`}
          >
            {entry.label}
            {entry.key === 'inspector' && changedNote ? (
              <>
                <span data-testid="changed-dot" aria-hidden="true" className="size-2.5 rounded-full bg-accent dark:bg-night-accent" />
                <span className="sr-only"> {changedNote}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]" data-lab-grid>
        <div
          id={`${id}-demo`}
          role="tabpanel"
          aria-labelledby={`${id}-demo-tab`}
          data-lab-panel="demo"
          className={`${tab === 'demo' ? '' : 'hidden'} min-w-0 lg:block`}
        >
          {demo}
        </div>
        <div
          id={`${id}-inspector`}
          ref={inspectorPanel}
          role="tabpanel"
          aria-labelledby={`${id}-inspector-tab`}
          data-lab-panel="inspector"
          className={`${tab === 'inspector' ? '' : 'hidden'} min-w-0 lg:block`}
        >
          <InspectorChanges value={report}>
            <div className="lg:sticky lg:top-20">{inspector}</div>
          </InspectorChanges>
        </div>
      </div>
    </div>
  );
}
