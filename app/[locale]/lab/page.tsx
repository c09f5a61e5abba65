import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { siteMessages } from '@/lib/i18n/messages/site';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { pageLocale } from '@/lib/i18n/page-locale';
import { cardClass } from '@/components/ui/card';
import { ResetLabCookies } from '@/components/site/reset-lab-cookies';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), '/lab');
}

export default async function LabIndexPage({ params }: Props) {
  const locale = await pageLocale(params);
  const dict = siteMessages(locale);
  const labs = labsMessages(locale);
  const demos = [
    { slug: 'login', title: dict.lab.loginTitle, lead: dict.lab.loginLead },
    { slug: 'cart', title: dict.lab.cartTitle, lead: dict.lab.cartLead },
    { slug: 'activity', title: dict.lab.activityTitle, lead: dict.lab.activityLead },
    { slug: 'stateless', title: labs.stateless.title, lead: labs.stateless.lead },
    { slug: 'security', title: labs.security.indexTitle, lead: labs.security.indexLead },
  ];
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{dict.lab.indexTitle}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted dark:text-night-muted">{dict.lab.indexLead}</p>
      <ul className="mt-8 grid gap-4 md:grid-cols-3">
        {demos.map((demo) => (
          <li key={demo.slug}>
            <Link href={`/${locale}/lab/${demo.slug}`} className={cardClass({ interactive: true, className: 'flex h-full flex-col' })}>
              <span className="text-lg font-bold">{demo.title}</span>
              <span className="mt-2 text-muted dark:text-night-muted">{demo.lead}</span>
            </Link>
          </li>
        ))}
      </ul>
      <ResetLabCookies locale={locale} labels={dict.lab} />
    </main>
  );
}
