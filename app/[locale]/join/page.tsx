import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { JoinForm } from '@/components/classroom/join-form';
import { readMember } from '@/lib/classroom/member';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getSiteSession } from '@/lib/site/session';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: classroomMessages(await pageLocale(params)).joinTitle, robots: { index: false, follow: false } };
}

/** Read through the engine's inspection: opening the join page never creates a session. */
async function currentNickname(): Promise<string | null> {
  try {
    const { entry } = await getSiteSession().inspect(await headers());
    return entry === null ? null : (readMember(entry)?.nickname ?? null);
  } catch {
    return null;
  }
}

export default async function JoinPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = classroomMessages(locale);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.joinTitle}</h1>
      <p className="mt-3 text-lg text-muted dark:text-night-muted">{t.joinLead}</p>
      <JoinForm locale={locale} initialNickname={await currentNickname()} strings={t} />
    </main>
  );
}
