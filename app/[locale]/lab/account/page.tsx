import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { LabPage } from '@/components/demos/lab-page';
import { RefreshOnSessionChange } from '@/components/demos/refresh-on-session-change';
import { siteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { labViewer } from '@/lib/site/viewer';
import { Card } from '@/components/ui/card';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: siteMessages(await pageLocale(params)).lab.accountTitle };
}

/** A page only for logged-in visitors: the server decides from the session, and sends others to log in. */
export default async function AccountPage({ params }: Props) {
  const locale = await pageLocale(params);
  const dict = siteMessages(locale);
  const viewer = await labViewer(await headers());
  if (!viewer.user) redirect(`/${locale}/lab/login?from=account`);
  return (
    <LabPage locale={locale} current="account" title={dict.lab.accountTitle} lead={dict.lab.accountBody}>
      <Card>
        <p className="text-xl font-bold" data-testid="greeting">
          {format(dict.lab.greeting, { name: viewer.user.displayName })}
        </p>
        <p className="mt-2">{format(dict.lab.accountCart, { count: viewer.cartCount })}</p>
      </Card>
      <RefreshOnSessionChange />
    </LabPage>
  );
}
