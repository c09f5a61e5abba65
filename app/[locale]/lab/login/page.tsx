import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { LabPage } from '@/components/demos/lab-page';
import { LoginDemo } from '@/components/demos/login-demo';
import { siteMessages } from '@/lib/i18n/messages/site';
import { pageLocale } from '@/lib/i18n/page-locale';
import { labViewer } from '@/lib/site/viewer';
import { authAction } from '../../../../lib/site/lab-actions';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), '/lab/login');
}

export default async function LoginLabPage({ params }: Props) {
  const locale = await pageLocale(params);
  const dict = siteMessages(locale);
  const viewer = await labViewer(await headers());
  return (
    <LabPage locale={locale} current="login" title={dict.lab.loginTitle} lead={dict.lab.loginLead}>
      <LoginDemo locale={locale} action={authAction.bind(null, locale)} initialUser={viewer.user} labels={dict.lab} />
    </LabPage>
  );
}
