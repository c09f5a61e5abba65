import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { SECURITY_LABS, type SecurityLab } from '@/lib/security-labs/catalog';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import { ServerNeeded } from '@/components/offline/server-needed';
import { offlineMessages } from '@/lib/i18n/messages/offline';

const pill = 'inline-flex min-h-11 items-center rounded-full px-3 py-1 font-semibold';
const pillIdle = `${pill} border border-line hover:bg-accent-soft dark:border-night-line dark:hover:bg-night-2`;
const pillCurrent = `${pill} bg-accent text-white dark:bg-night-accent dark:text-night`;

/** Navigation between the security labs, with the index first. */
export function SecurityLabNav({ locale, current, labels }: { locale: Locale; current: SecurityLab | 'index'; labels: LabsMessages }) {
  return (
    <nav aria-label={labels.security.navLabel} className="mb-4 flex flex-wrap gap-2 text-sm">
      <Link
        href={`/${locale}/lab/security`}
        aria-current={current === 'index' ? 'page' : undefined}
        className={current === 'index' ? pillCurrent : pillIdle}
      >
        {labels.security.indexTitle}
      </Link>
      {SECURITY_LABS.map((lab) => (
        <Link
          key={lab}
          href={`/${locale}/lab/security/${lab}`}
          aria-current={lab === current ? 'page' : undefined}
          className={lab === current ? pillCurrent : pillIdle}
        >
          {labels[lab].title}
        </Link>
      ))}
    </nav>
  );
}

/** One security lab: title and lead, the hands-on part, then what happened and the fix. */
export function SecurityLabFrame({
  locale,
  lab,
  labels,
  children,
}: {
  locale: Locale;
  lab: SecurityLab;
  labels: LabsMessages;
  children: ReactNode;
}) {
  const t = labels[lab];
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 focus:outline-none sm:px-6">
      <SecurityLabNav locale={locale} current={lab} labels={labels} />
      <h1 className="text-3xl font-extrabold tracking-tight">{t.title}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-lg text-muted dark:text-night-muted">{t.lead}</p>
      <ServerNeeded labels={offlineMessages(locale).serverNeeded} />
      {children}
      <section aria-labelledby="lab-explanation" className="mt-8">
        <h2 id="lab-explanation" className="text-xl font-bold">
          {labels.security.explanationHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{t.explanation}</p>
      </section>
      <section aria-labelledby="lab-fix" className="mt-6">
        <h2 id="lab-fix" className="text-xl font-bold">
          {labels.security.fixHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{t.fix}</p>
      </section>
    </main>
  );
}
