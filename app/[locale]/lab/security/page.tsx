import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { SecurityLabNav } from '@/components/security-labs/security-lab-frame';
import { pageLocale } from '@/lib/i18n/page-locale';
import { SECURITY_LABS } from '@/lib/security-labs/catalog';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { Card } from '@/components/ui/card';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), '/lab/security');
}

/** The five security labs, in teaching order. */
export default async function SecurityLabsIndex({ params }: Props) {
  const locale = await pageLocale(params);
  const labels = labsMessages(locale);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 focus:outline-none sm:px-6">
      <SecurityLabNav locale={locale} current="index" labels={labels} />
      <h1 className="text-3xl font-extrabold tracking-tight">{labels.security.indexTitle}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-lg text-muted dark:text-night-muted">{labels.security.indexLead}</p>
      <ol className="grid gap-4 sm:grid-cols-2">
        {SECURITY_LABS.map((lab) => (
          <Card as="li" key={lab}>
            <h2 className="text-lg font-bold">
              <Link href={`/${locale}/lab/security/${lab}`} className="underline-offset-4 hover:underline">
                {labels[lab].title}
              </Link>
            </h2>
            <p className="mt-1 text-muted dark:text-night-muted">{labels[lab].lead}</p>
          </Card>
        ))}
      </ol>
    </main>
  );
}
