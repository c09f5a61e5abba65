import { byLocale } from './by-locale';
import { site as en, type SiteMessages } from './en/site';
import { site as hiLatn } from './hi-latn/site';
import { site as hi } from './hi/site';

export type { SiteMessages };

/** The site-wide UI strings: header, home, lessons, demos, inspector. */
export const siteMessages = byLocale<SiteMessages>({ 'hi-latn': hiLatn, en, hi });
