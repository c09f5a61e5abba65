import type { ReactNode } from 'react';
import { Icon } from '@/components/ui/icon';
import type { Locale } from '@/lib/i18n/locales';
import { engineExtraMessages } from '@/lib/i18n/messages/engine-extra';

/*
 * A feature of this site's engine (lib/session) that express-session does not have. Lessons wrap
 * every such feature in <EngineExtra>, so a learner can always tell the real package from our
 * additions; the options playground marks the same things with <EngineOnlyBadge>. Its words
 * are an area of their own (lib/i18n/messages/<locale>/engine-extra.ts): the playground is a client
 * component, and it should not bundle the lesson UI's strings for one badge.
 */

/** The tone shared by the lesson box and the playground's badge: violet, dashed, in both themes. */
/** A wrench: a part we added, not one that came in the box. */
const WRENCH = 'M14.7 6.3a4 4 0 0 0-5.4 5.4L3.5 17.5l3 3 5.8-5.8a4 4 0 0 0 5.4-5.4l-2.6 2.6-2.3-.6-.6-2.3z';

const badgeTone =
  'border border-dashed border-violet-700 bg-violet-100 text-violet-900 dark:border-violet-300 dark:bg-violet-950 dark:text-violet-100';

/** A small "engine extra" mark for widgets (the options playground). */
export function EngineOnlyBadge({ locale }: { locale: Locale }) {
  const t = engineExtraMessages(locale);
  return (
    <span
      title={t.badgeTitle}
      data-engine-only=""
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 align-middle text-xs font-bold ${badgeTone}`}
    >
      <Icon d={WRENCH} className="size-3.5" />
      {t.badge}
      <span className="sr-only">: {t.badgeTitle}</span>
    </span>
  );
}

/**
 * An engine-only feature (`feature` is its name, e.g. `keepData`), with a fixed line saying that
 * express-session lacks it; `children` say what our engine does and show the express-session code
 * that gets the same result.
 */
export function EngineExtra({ feature, locale, children }: { feature: string; locale: Locale; children: ReactNode }) {
  const t = engineExtraMessages(locale);
  return (
    <aside
      aria-label={`${t.badge}: ${feature}`}
      data-engine-extra={feature}
      className="rounded-xl border-2 border-dashed border-violet-700 bg-violet-50 px-5 py-4 dark:border-violet-400 dark:bg-violet-950/50"
    >
      <p className="flex flex-wrap items-center gap-2 font-bold">
        <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs tracking-wide uppercase ${badgeTone}`}>
          <Icon d={WRENCH} className="size-3.5" />
          {t.badge}
        </span>
        <code className="font-mono text-[0.95em]">{feature}</code>
      </p>
      <p className="mt-2 text-sm font-semibold text-violet-900 dark:text-violet-200">{t.lead}</p>
      <div className="mt-3 [&>*+*]:mt-3">{children}</div>
    </aside>
  );
}
