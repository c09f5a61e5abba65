import type { Metadata } from 'next';
import { ActivityDemo } from '@/components/demos/activity-demo';
import { LabPage } from '@/components/demos/lab-page';
import { siteMessages } from '@/lib/i18n/messages/site';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), '/lab/activity');
}

export default async function ActivityLabPage({ params }: Props) {
  const locale = await pageLocale(params);
  const dict = siteMessages(locale);
  return (
    <LabPage locale={locale} current="activity" title={dict.lab.activityTitle} lead={dict.lab.activityLead}>
      <ActivityDemo locale={locale} labels={dict.lab} />
    </LabPage>
  );
}
