import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { InlineCode } from '@/components/lesson/inline-code';
import { findLesson } from '@/lib/course/course';
import { glossary } from '@/lib/course/glossary';
import { siteMessages } from '@/lib/i18n/messages/site';
import { isLocale } from '@/lib/i18n/locales';
import { publicPageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return publicPageMetadata(locale, '/glossary');
}

export default async function GlossaryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'hi-latn';
  const dict = siteMessages(locale);
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{dict.glossary.title}</h1>
      <p className="mt-3 text-lg text-muted dark:text-night-muted">{dict.glossary.lead}</p>
      <dl className="mt-10 divide-y divide-line dark:divide-night-line">
        {terms.map((entry) => {
          const lesson = findLesson(entry.lesson);
          return (
            <div key={entry.id} id={entry.id} className="scroll-mt-24 py-5 target:bg-accent-soft dark:target:bg-night-2">
              <dt className="text-lg font-bold">{entry.term}</dt>
              <dd className="mt-1 leading-relaxed">
                <InlineCode text={entry.definition[locale]} />
              </dd>
              {lesson ? (
                <dd className="mt-2 text-sm text-muted dark:text-night-muted">
                  {dict.glossary.learnMore}{' '}
                  <Link href={`/${locale}/learn/${lesson.slug}`} className="text-accent underline dark:text-night-accent">
                    {lesson.title[locale]}
                  </Link>
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
    </main>
  );
}
