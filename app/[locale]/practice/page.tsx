import type { Metadata } from 'next';
import { InlineCode } from '@/components/lesson/inline-code';
import { ExerciseCard } from '@/components/practice/exercise-card';
import { PracticeCount } from '@/components/practice/practice-mark';
import { isLocale } from '@/lib/i18n/locales';
import { exerciseIds, exercises } from '@/lib/practice/exercises';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import { publicPageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return publicPageMetadata(locale, '/practice');
}

export default async function PracticePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'hi-latn';
  const strings = practiceMessages(locale);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{strings.title}</h1>
      <p className="mt-3 text-lg text-muted dark:text-night-muted">{strings.lead}</p>
      <PracticeCount ids={exerciseIds} template={strings.progress} />
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="practice-start">
          <h2 id="practice-start" className="text-xl font-bold">
            {strings.startHeading}
          </h2>
          <ol className="mt-2 list-decimal space-y-2 pl-5">
            {strings.startSteps.map((step) => (
              <li key={step}>
                <InlineCode text={step} />
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="practice-contract">
          <h2 id="practice-contract" className="text-xl font-bold">
            {strings.contractHeading}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {strings.contract.map((rule) => (
              <li key={rule}>
                <InlineCode text={rule} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="mt-10 space-y-8">
        {exercises.map((exercise, index) => (
          <ExerciseCard key={exercise.id} exercise={exercise} number={index + 1} locale={locale} strings={strings} />
        ))}
      </div>
    </main>
  );
}
