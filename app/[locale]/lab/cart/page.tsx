import type { Metadata } from 'next';
import { CartDemo } from '@/components/demos/cart-demo';
import { LabPage } from '@/components/demos/lab-page';
import { RaceLab } from '@/components/demos/race-lab';
import { SessionModeSwitch } from '@/components/stateless/session-mode-switch';
import { PRODUCTS } from '@/lib/shop/products';
import { siteMessages } from '@/lib/i18n/messages/site';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), '/lab/cart');
}

export default async function CartLabPage({ params }: Props) {
  const locale = await pageLocale(params);
  const dict = siteMessages(locale);
  return (
    <LabPage
      locale={locale}
      current="cart"
      title={dict.lab.cartTitle}
      lead={dict.lab.cartLead}
      before={<SessionModeSwitch locale={locale} current="store" labels={labsMessages(locale).stateless} />}
    >
      <div className="space-y-6">
        <CartDemo locale={locale} products={PRODUCTS} labels={dict.lab} />
        <RaceLab locale={locale} labels={dict.lab} />
      </div>
    </LabPage>
  );
}
