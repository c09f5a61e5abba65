import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { publishedSlugs } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { siteMessages } from '@/lib/i18n/messages/site';
import { isLocale } from '@/lib/i18n/locales';
import { InlineCode } from '@/components/lesson/inline-code';
import { ContinueCard } from '@/components/progress/continue-card';
import { TextIcon } from '@/components/ui/icon';
import { Card, cardClass } from '@/components/ui/card';
import { publicPageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return publicPageMetadata(locale, '');
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'hi-latn';
  const dict = siteMessages(locale);
  const published = publishedSlugs();
  const first = published[0] ?? course[0]?.slug;
  const features = [
    {
      title: dict.home.features.lessonsTitle,
      body: dict.home.features.lessonsBody,
      icon: 'M4 5a2 2 0 0 1 2-2h5v16H6a2 2 0 0 0-2 2zM20 5a2 2 0 0 0-2-2h-5v16h5a2 2 0 0 1 2 2z',
    },
    {
      title: dict.home.features.labTitle,
      body: dict.home.features.labBody,
      icon: 'M9 3h6M10 3v6l-5 9a2 2 0 0 0 1.7 3h10.6a2 2 0 0 0 1.7-3l-5-9V3M7.5 14h9',
    },
    {
      title: dict.home.features.inspectorTitle,
      body: dict.home.features.inspectorBody,
      icon: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM21 21l-5-5',
    },
  ];
  return (
    <main id="main" tabIndex={-1} className="focus:outline-none">
      <section className="border-b border-line bg-gradient-to-b from-accent-soft to-paper dark:border-night-line dark:from-night-2 dark:to-night">
        <div className="mx-auto grid max-w-7xl gap-10 px-4 py-14 sm:px-6 md:py-20 lg:grid-cols-[1.2fr_1fr] lg:items-center">
          <div>
            <p className="font-semibold text-accent dark:text-night-accent">{dict.site.tagline}</p>
            <h1 className="mt-3 text-4xl font-extrabold tracking-tight text-balance sm:text-5xl">{dict.home.title}</h1>
            <p className="mt-5 max-w-2xl text-lg leading-relaxed text-muted dark:text-night-muted">{dict.home.lead}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href={`/${locale}/learn/${first}`}
                className="inline-flex items-center gap-1.5 rounded-lg bg-accent px-5 py-3 font-semibold text-white shadow-sm hover:bg-[#7c3206] dark:bg-night-accent dark:text-night dark:hover:bg-amber-300"
              >
                {dict.home.start} <TextIcon name="arrow-right" />
              </Link>
              <Link
                href={`/${locale}/learn`}
                className="rounded-lg border border-line bg-white px-5 py-3 font-semibold hover:border-accent dark:border-night-line dark:bg-night-2 dark:hover:border-night-accent"
              >
                {dict.home.browse}
              </Link>
            </div>
            <ContinueCard
              locale={locale}
              titles={Object.fromEntries(course.map((lesson) => [lesson.slug, lesson.title[locale]]))}
              labels={dict.progress}
            />
          </div>
          <figure
            aria-hidden="true"
            className="hidden rounded-2xl border border-line bg-[#0d1117] p-5 font-mono text-sm leading-relaxed text-[#e6edf3] shadow-lg sm:block dark:border-night-line"
          >
            <p className="text-[#8b949e]">{'# request 1'}</p>
            <p>
              <span className="text-[#ff7b72]">GET</span> /lab/cart
            </p>
            <p className="mt-3 text-[#8b949e]">{'# response'}</p>
            <p>
              <span className="text-[#79c0ff]">Set-Cookie:</span> pathshala.sid=s%3A9fQ…<span className="text-[#ffa657]">.Zk3…</span>;
              HttpOnly; SameSite=Lax
            </p>
            <p className="mt-3 text-[#8b949e]">{'# request 2'}</p>
            <p>
              <span className="text-[#79c0ff]">Cookie:</span> pathshala.sid=s%3A9fQ…<span className="text-[#ffa657]">.Zk3…</span>
            </p>
            <p className="mt-3 text-[#7ee787]">{'{ "cart": [{ "productId": "chai", "qty": 2 }] }'}</p>
          </figure>
        </div>
      </section>

      <section className="mx-auto max-w-7xl px-4 py-14 sm:px-6">
        <ul className="grid gap-5 md:grid-cols-3">
          {features.map((feature) => (
            <Card as="li" key={feature.title} padding={6}>
              <span
                aria-hidden="true"
                className="grid size-11 place-items-center rounded-lg bg-accent-soft text-accent dark:bg-night dark:text-night-accent"
              >
                <svg
                  viewBox="0 0 24 24"
                  className="size-6"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d={feature.icon} />
                </svg>
              </span>
              <h2 className="mt-3 text-lg font-bold">{feature.title}</h2>
              <p className="mt-2 text-muted dark:text-night-muted">{feature.body}</p>
            </Card>
          ))}
        </ul>

        <h2 className="mt-16 text-2xl font-bold">{dict.home.whatYouLearn}</h2>
        <ol className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {course.map((lesson, index) => {
            const isPublished = published.includes(lesson.slug);
            const inner = (
              <>
                <span className="font-mono text-sm text-muted dark:text-night-muted">{String(index + 1).padStart(2, '0')}</span>
                <span className="font-semibold">{lesson.title[locale]}</span>
                <span className="text-sm text-muted dark:text-night-muted">
                  <InlineCode text={lesson.summary[locale]} />
                </span>
                {isPublished ? null : (
                  <span className="mt-1 text-xs font-semibold text-muted uppercase dark:text-night-muted">{dict.learn.comingSoon}</span>
                )}
              </>
            );
            return (
              <li key={lesson.slug}>
                {isPublished ? (
                  <Link
                    href={`/${locale}/learn/${lesson.slug}`}
                    className={cardClass({ variant: 'outline', interactive: true, className: 'flex h-full flex-col gap-1' })}
                  >
                    {inner}
                  </Link>
                ) : (
                  <Card variant="outline" className="flex h-full flex-col gap-1 border-dashed">
                    {inner}
                  </Card>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </main>
  );
}
