import { Link } from '@/components/site/link';
import type { CourseLesson } from '@/lib/course/course';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';
import { TextIcon } from '@/components/ui/icon';
import { cardClass } from '@/components/ui/card';

export function LessonPager({
  locale,
  previous,
  next,
  labels,
}: {
  locale: Locale;
  previous?: CourseLesson;
  next?: CourseLesson;
  labels: SiteMessages['learn'];
}) {
  if (!previous && !next) return null;
  const card = cardClass({ variant: 'outline', interactive: true, className: 'flex flex-col' });
  return (
    <nav aria-label={labels.pagination} className="mt-14 grid gap-4 sm:grid-cols-2" data-print-hide>
      {previous ? (
        <Link href={`/${locale}/learn/${previous.slug}`} rel="prev" className={card}>
          <span className="text-sm text-muted dark:text-night-muted">
            <TextIcon name="arrow-left" /> {labels.previous}
          </span>
          <span className="font-semibold">{previous.title[locale]}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/${locale}/learn/${next.slug}`} rel="next" className={`${card} sm:text-right`}>
          <span className="text-sm text-muted dark:text-night-muted">
            {labels.next} <TextIcon name="arrow-right" />
          </span>
          <span className="font-semibold">{next.title[locale]}</span>
        </Link>
      ) : null}
    </nav>
  );
}
