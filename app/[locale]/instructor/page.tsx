import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { networkInterfaces } from 'node:os';
import { ClassDashboard } from '@/components/instructor/class-dashboard';
import { InstructorLogin } from '@/components/instructor/instructor-login';
import { JoinPanel } from '@/components/instructor/join-panel';
import { isInstructorCookie, loadOverview } from '@/lib/instructor/api';
import { joinUrl, lanIPv4, portOfHost } from '@/lib/instructor/network';
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
  const overview = signedIn ? await loadOverview() : null;
  const port = portOfHost((await headers()).get('host'), process.env.PORT ?? '3000');
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.pageTitle}</h1>
      {overview !== null ? (
        <>
          <p className="mt-3 max-w-3xl text-lg text-muted dark:text-night-muted">{t.pageLead}</p>
          <JoinPanel url={joinUrl(lanIPv4(networkInterfaces()), port, locale)} strings={t} />
          <ClassDashboard initial={overview} strings={t} />
        </>
      ) : (
        <InstructorLogin locale={locale} strings={t} />
      )}
    </main>
  );
}
