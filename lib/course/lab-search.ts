import type { Locale } from '@/lib/i18n/locales';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { siteMessages } from '@/lib/i18n/messages/site';
import { SECURITY_LABS } from '@/lib/security-labs/catalog';
import type { SearchSection } from './search';

/**
 * The live labs as search sections, from the words their pages show: title and lead, and for
 * the security labs how the attack works and its fix. The page is `/<locale>/<slug>`.
 */
export function labSections(locale: Locale): SearchSection[] {
  const site = siteMessages(locale).lab;
  const labs = labsMessages(locale);
  const section = (slug: string, heading: string, ...text: string[]): SearchSection => ({
    slug,
    kind: 'lab',
    lessonTitle: site.indexTitle,
    id: '',
    heading,
    text: text.join(' '),
  });
  return [
    section('lab/login', site.loginTitle, site.loginLead),
    section('lab/cart', site.cartTitle, site.cartLead, site.raceTitle, site.raceLead),
    section('lab/activity', site.activityTitle, site.activityLead),
    section('lab/stateless', labs.stateless.title, labs.stateless.lead),
    section('lab/security', labs.security.indexTitle, labs.security.indexLead),
    ...SECURITY_LABS.map((lab) => section(`lab/security/${lab}`, labs[lab].title, labs[lab].lead, labs[lab].explanation, labs[lab].fix)),
  ];
}
