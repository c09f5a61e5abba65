'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type KeyboardEvent } from 'react';
import { DEFAULT_STUCK_MINUTES, stuckReasons } from '@/lib/classroom/rows';
import type { ClassOverview } from '@/lib/instructor/overview';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from './confirm-action';
import { CartsPanel, JoinChart, SessionTable, StatStrip, StoreFacts } from './overview-panels';
import { StudentTable } from './student-table';
import { useClassOverview, useServerNow } from './use-class-overview';

export { POLL_INTERVAL_MS } from './use-class-overview';

const TABS = ['students', 'joins', 'sessions'] as const;
type Tab = (typeof TABS)[number];

/**
 * The live dashboard, laid out to fit one projector screen: the numbers in one row, then tabs
 * (students, joining, sessions and carts) whose panel scrolls on its own. Data comes only
 * through `useClassOverview`.
 */
export function ClassDashboard({ initial, locale, strings: t }: { initial: ClassOverview; locale: Locale; strings: InstructorMessages }) {
  const router = useRouter();
  const { overview, status, refresh, live } = useClassOverview(initial, locale);
  const now = useServerNow(initial.generatedAt);
  const [stuckMinutes, setStuckMinutes] = useState(DEFAULT_STUCK_MINUTES);
  const [tab, setTab] = useState<Tab>('students');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ students: null, joins: null, sessions: null });
  const stuck = overview.students.filter((student) => stuckReasons(student, now, stuckMinutes * 60_000).length > 0).length;
  const labels: Record<Tab, string> = {
    students: format(t.tabStudents, { n: overview.students.length }),
    joins: t.tabJoins,
    sessions: t.tabSessions,
  };

  async function logout() {
    await fetch('/api/instructor/logout', { method: 'POST' }).catch(() => {});
    router.refresh();
  }

  // Arrow keys move along the tabs, as in every tab list.
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3" data-live={live ? 'stream' : 'poll'} data-testid="class-dashboard">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-extrabold tracking-tight">{t.pageTitle}</h1>
        <p className="hidden text-lg text-muted 2xl:block dark:text-night-muted">{t.pageLead}</p>
        <a href={`/${locale}/instructor/join`} className={buttonClass({ variant: 'primary', size: 'md' })} data-testid="open-join-slide">
          {t.openJoinSlide}
        </a>
        <ConfirmAction
          endpoint="/api/instructor/reset"
          label={t.resetButton}
          question={t.resetConfirm}
          done={t.resetDone}
          countKey="deleted"
          strings={t}
          onDone={refresh}
        />
        <ConfirmAction
          endpoint="/api/instructor/expire-all"
          label={t.expireAllButton}
          question={t.expireAllConfirm}
          done={t.expireAllDone}
          countKey="expired"
          strings={t}
          onDone={refresh}
        />
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm text-muted dark:text-night-muted">
          <p role="status" aria-live="polite" className="min-h-5 font-semibold" data-testid="dashboard-status">
            {status === 'offline' ? t.offline : status === 'signed-out' ? t.signedOut : ''}
          </p>
          <p suppressHydrationWarning>{format(t.updatedAt, { time: new Date(overview.generatedAt).toLocaleTimeString('en-IN') })}</p>
          <button type="button" onClick={logout} className={buttonClass({})}>
            {t.logoutButton}
          </button>
        </div>
      </div>
      <StatStrip overview={overview} stuck={stuck} strings={t} />
      <div role="tablist" aria-label={t.pageTitle} className="flex flex-wrap gap-1 border-b-2 border-line dark:border-night-line">
        {TABS.map((id) => (
          <button
            key={id}
            ref={(node) => {
              tabRefs.current[id] = node;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={onTabKey}
            className="-mb-0.5 min-h-11 rounded-t-md border-b-4 border-transparent px-4 py-1.5 text-lg font-semibold aria-selected:border-accent aria-selected:text-ink dark:aria-selected:border-night-accent dark:aria-selected:text-night-ink"
          >
            {labels[id]}
          </button>
        ))}
      </div>
      <Card padding={3} className="flex min-h-0 flex-1 flex-col">
        <div
          role="tabpanel"
          id="panel-students"
          aria-labelledby="tab-students"
          hidden={tab !== 'students'}
          className="flex min-h-0 flex-1 flex-col"
        >
          <details className="mb-2 max-w-5xl">
            <summary className="cursor-pointer font-semibold">{t.sessionLessonShort}</summary>
            <p className="mt-1 text-muted dark:text-night-muted">{t.sessionLesson}</p>
          </details>
          <StudentTable students={overview.students} now={now} stuckMinutes={stuckMinutes} onStuckMinutes={setStuckMinutes} strings={t} />
        </div>
        <div role="tabpanel" id="panel-joins" aria-labelledby="tab-joins" hidden={tab !== 'joins'} className="min-h-0 flex-1">
          <JoinChart overview={overview} strings={t} />
        </div>
        <div
          role="tabpanel"
          id="panel-sessions"
          aria-labelledby="tab-sessions"
          hidden={tab !== 'sessions'}
          className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto"
        >
          <StoreFacts overview={overview} strings={t} />
          <CartsPanel overview={overview} strings={t} />
          <SessionTable overview={overview} strings={t} />
        </div>
      </Card>
    </div>
  );
}
