import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { JoinSlide } from '@/components/instructor/join-slide';
import { isInstructorCookie, loadOverview } from '@/lib/instructor/api';
import { checkAddress } from '@/lib/instructor/address-check';
import { qrSvg } from '@/lib/instructor/qr';
import { INSTRUCTOR_COOKIE } from '@/lib/instructor/token';
import { isLocale } from '@/lib/i18n/locales';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import { pageLocale } from '@/lib/i18n/page-locale';
import { classNetwork } from '@/lib/site/instructor';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ class?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: instructorMessages(await pageLocale(params)).slideTitle, robots: { index: false, follow: false } };
}

/** The join slide, for the instructor only: the class language comes from `?class=<locale>`. */
export default async function JoinSlidePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  if (!isInstructorCookie((await cookies()).get(INSTRUCTOR_COOKIE)?.value)) redirect(`/${locale}/instructor`);
  const requested = (await searchParams).class;
  const classLocale = isLocale(requested) ? requested : locale;
  const network = classNetwork((await headers()).get('host'));
  const url = network.origin === null ? null : `${network.origin}/${classLocale}/join`;
  const [check, svg, overview] = await Promise.all([
    checkAddress(network.origin, network.listenHost),
    url === null ? Promise.resolve('') : qrSvg(url),
    loadOverview(locale),
  ]);
  return (
    <main id="main" tabIndex={-1} className="focus:outline-none">
      <JoinSlide
        locale={locale}
        classLocale={classLocale}
        url={url}
        qrSvg={svg}
        check={check}
        port={network.port}
        otherAddresses={network.addresses.slice(1)}
        joined={overview.students.length}
        strings={instructorMessages(locale)}
      />
    </main>
  );
}
