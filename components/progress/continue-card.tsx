'use client';

import { Link } from '@/components/site/link';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { useProgressValue } from './use-progress';
import { TextIcon } from '@/components/ui/icon';

/** On the home page: a link back to the lesson the learner last opened, if any. */
export function ContinueCard({
  locale,
  titles,
  labels,
}: {
  locale: Locale;
  titles: Record<string, string>;
  labels: SiteMessages['progress'];
}) {
  const slug = useProgressValue((progress) => progress.last?.slug);
  const title = slug ? titles[slug] : undefined;
  if (!slug || !title) return null;
  return (
    <div
      className="mt-8 rounded-xl border border-accent/40 bg-white p-4 dark:border-night-accent/40 dark:bg-night-2"
      data-testid="continue-card"
    >
      <p className="text-sm font-semibold text-muted dark:text-night-muted">{labels.continueTitle}</p>
      <Link href={`/${locale}/learn/${slug}`} className="mt-1 inline-block text-lg font-bold text-accent underline dark:text-night-accent">
        {format(labels.continueLink, { title })} <TextIcon name="arrow-right" />
      </Link>
    </div>
  );
}
