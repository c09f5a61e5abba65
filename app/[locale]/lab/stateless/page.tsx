import type { Metadata } from 'next';
import { LabShell } from '@/components/demos/lab-shell';
import { SealedCookieInspector } from '@/components/stateless/sealed-cookie-inspector';
import { SessionModeSwitch } from '@/components/stateless/session-mode-switch';
import { StatelessDemo } from '@/components/stateless/stateless-demo';
import { PRODUCTS } from '@/lib/shop/products';
import { siteMessages } from '@/lib/i18n/messages/site';
import { pageLocale } from '@/lib/i18n/page-locale';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { publicPageMetadata } from '@/lib/site/page-metadata';
import { ServerNeeded } from '@/components/offline/server-needed';
import { offlineMessages } from '@/lib/i18n/messages/offline';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return publicPageMetadata(await pageLocale(params), '/lab/stateless');
}

/** The login and cart on a sealed cookie, beside an inspector of the seal. */
export default async function StatelessLabPage({ params }: Props) {
  const locale = await pageLocale(params);
  const dict = siteMessages(locale);
  const labels = labsMessages(locale).stateless;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none sm:px-6">
      <SessionModeSwitch locale={locale} current="sealed" labels={labels} />
      <h1 className="text-3xl font-extrabold tracking-tight">{labels.title}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-lg text-muted dark:text-night-muted">{labels.lead}</p>
      <ServerNeeded labels={offlineMessages(locale).serverNeeded} />
      <LabShell
        demo={<StatelessDemo locale={locale} products={PRODUCTS} labels={labels} />}
        inspector={<SealedCookieInspector locale={locale} labels={labels} />}
        labels={{
          tabs: dict.lab.tabsLabel,
          demo: dict.lab.tabDemo,
          inspector: dict.lab.tabInspector,
          changed: dict.lab.tabChanged,
          // Nothing is stored on the server here: only the cookie can change.
          sections: { store: labels.storeHeading, request: dict.lab.changedCookie },
        }}
      />
    </main>
  );
}
