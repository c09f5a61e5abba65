import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import { Inspector } from '@/components/inspector/inspector';
import { siteMessages } from '@/lib/i18n/messages/site';
import { labsMessages } from '@/lib/i18n/messages/labs';
import type { Locale } from '@/lib/i18n/locales';
import { ActivityBeacon } from './activity-beacon';
import { LabShell } from './lab-shell';
import { ServerNeeded } from '@/components/offline/server-needed';
import { offlineMessages } from '@/lib/i18n/messages/offline';

const LAB_PAGES = ['login', 'cart', 'activity'] as const;

/** A pill in the lab's own nav; the page you are on is filled. */
function chipClass(current: boolean): string {
  return `inline-flex min-h-11 items-center rounded-full px-3 py-1 font-semibold ${current ? 'bg-accent text-white dark:bg-night-accent dark:text-night' : 'border border-line hover:bg-accent-soft dark:border-night-line dark:hover:bg-night-2'}`;
}

/** The frame of every lab page: title, lab navigation, and the demo beside the inspector. */
export function LabPage({
  locale,
  current,
  title,
  lead,
  before,
  children,
}: {
  locale: Locale;
  current: (typeof LAB_PAGES)[number] | 'account';
  title: string;
  lead: string;
  /** Shown above the title, e.g. the server-store / sealed-cookie switch. */
  before?: ReactNode;
  children: ReactNode;
}) {
  const dict = siteMessages(locale);
  const labs = labsMessages(locale);
  const names = { login: dict.lab.loginTitle, cart: dict.lab.cartTitle, activity: dict.lab.activityTitle };
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none sm:px-6">
      <nav aria-label={dict.lab.indexTitle} className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={`/${locale}/lab`}
          className="inline-flex min-h-11 items-center rounded-full px-3 py-1 font-semibold text-muted hover:bg-accent-soft dark:text-night-muted dark:hover:bg-night-2"
        >
          {dict.lab.indexTitle}
        </Link>
        {LAB_PAGES.map((page) => (
          <Link
            key={page}
            href={`/${locale}/lab/${page}`}
            aria-current={page === current ? 'page' : undefined}
            className={chipClass(page === current)}
          >
            {names[page]}
          </Link>
        ))}
        <Link href={`/${locale}/lab/stateless`} className={chipClass(false)}>
          {labs.stateless.switchSealed}
        </Link>
        <Link href={`/${locale}/lab/security`} className={chipClass(false)}>
          {labs.security.indexTitle}
        </Link>
      </nav>
      {before}
      <h1 className="text-3xl font-extrabold tracking-tight">{title}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-lg text-muted dark:text-night-muted">{lead}</p>
      <ServerNeeded labels={offlineMessages(locale).serverNeeded} />
      <LabShell
        demo={children}
        inspector={<Inspector locale={locale} labels={dict.inspector} />}
        labels={{
          tabs: dict.lab.tabsLabel,
          demo: dict.lab.tabDemo,
          inspector: dict.lab.tabInspector,
          changed: dict.lab.tabChanged,
          sections: { store: dict.inspector.store, request: dict.lab.changedCookie },
        }}
      />
      <ActivityBeacon title={title} />
    </main>
  );
}
