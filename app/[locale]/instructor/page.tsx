import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { ClassDashboard } from '@/components/instructor/class-dashboard';
import { InstructorLogin } from '@/components/instructor/instructor-login';
import { isInstructorCookie, loadOverview } from '@/lib/instructor/api';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import { INSTRUCTOR_COOKIE } from '@/lib/instructor/token';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: instructorMessages(await pageLocale(params)).pageTitle, robots: { index: false, follow: false } };
}

export default async function InstructorPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = instructorMessages(locale);
  const signedIn = isInstructorCookie((await cookies()).get(INSTRUCTOR_COOKIE)?.value);
  const overview = signedIn ? await loadOverview(locale) : null;
  if (overview === null) {
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-10 focus:outline-none sm:px-6">
        <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.pageTitle}</h1>
        <InstructorLogin locale={locale} strings={t} />
      </main>
    );
  }
  // On a wide screen the dashboard is exactly one screen tall (the site header is 4rem and a
  // 1px border); its
  // panels scroll inside it. On a phone it flows as a normal page.
  return (
    <main
      id="main"
      tabIndex={-1}
      data-fit-screen
      className="mx-auto flex w-full max-w-[110rem] flex-col gap-2 px-4 py-2 focus:outline-none sm:px-6 md:h-[calc(100dvh-4rem-1px)]"
    >
      <ClassDashboard initial={overview} locale={locale} strings={t} />
    </main>
  );
}
