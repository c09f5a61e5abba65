'use client';

import { Link } from '@/components/site/link';
import { useParams } from 'next/navigation';
import { notFoundMessages } from '@/lib/i18n/messages/not-found';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';

// not-found files receive no params; the client router knows the locale segment.
export function NotFoundContent() {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params.locale) ? params.locale : defaultLocale;
  const t = notFoundMessages(locale);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-20 text-center focus:outline-none sm:px-6">
      <p className="font-mono text-6xl font-extrabold text-accent dark:text-night-accent">404</p>
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight">{t.title}</h1>
      <p className="mt-4 text-lg text-muted dark:text-night-muted">{t.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href={`/${locale}`} className="rounded-lg bg-accent px-5 py-3 font-semibold text-white dark:bg-night-accent dark:text-night">
          {t.home}
        </Link>
        <Link href={`/${locale}/learn`} className="rounded-lg border border-line px-5 py-3 font-semibold dark:border-night-line">
          {t.lessons}
        </Link>
      </div>
    </main>
  );
}
