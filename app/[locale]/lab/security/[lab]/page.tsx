import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import { CsrfLab } from '@/components/security-labs/csrf-lab';
import { FixationLab } from '@/components/security-labs/fixation-lab';
import { ReplayLab } from '@/components/security-labs/replay-lab';
import { SecurityLabFrame } from '@/components/security-labs/security-lab-frame';
import { TamperingLab } from '@/components/security-labs/tampering-lab';
import { XssLab } from '@/components/security-labs/xss-lab';
import type { Locale } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page-locale';
import { isSecurityLab, type SecurityLab } from '@/lib/security-labs/catalog';
import { labsMessages, type LabsMessages } from '@/lib/i18n/messages/labs';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string; lab: string }> };

const LABS: Record<SecurityLab, ComponentType<{ locale: Locale; labels: LabsMessages }>> = {
  fixation: FixationLab,
  xss: XssLab,
  replay: ReplayLab,
  tampering: TamperingLab,
  csrf: CsrfLab,
};

async function labOf(params: Props['params']): Promise<SecurityLab> {
  const { lab } = await params;
  if (!isSecurityLab(lab)) notFound();
  return lab;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), `/lab/security/${await labOf(params)}`);
}

export default async function SecurityLabPage({ params }: Props) {
  const locale = await pageLocale(params);
  const lab = await labOf(params);
  const labels = labsMessages(locale);
  const Lab = LABS[lab];
  return (
    <SecurityLabFrame locale={locale} lab={lab} labels={labels}>
      <Lab locale={locale} labels={labels} />
    </SecurityLabFrame>
  );
}
