import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { buttonClass } from '@/components/ui/button';
import { offlineMessages } from '@/lib/i18n/messages/offline';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

/*
 * What the service worker shows for a page it has not kept (a lab, a lesson never opened) while
 * the server cannot be reached. Prerendered, and kept by every worker when it installs.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: offlineMessages(await pageLocale(params)).page.title, robots: { index: false } };
}

export default async function OfflinePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = offlineMessages(locale).page;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-12 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-lg text-muted dark:text-night-muted">{t.lead}</p>
      <p className="mt-6" data-testid="offline-labs">
        {t.labs}
      </p>
      <p className="mt-3">{t.lessons}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={`/${locale}/learn`} className={buttonClass({ variant: 'primary', className: 'inline-flex items-center' })}>
          {t.toLessons}
        </Link>
      </div>
    </main>
  );
}
