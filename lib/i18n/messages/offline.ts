import { byLocale } from './by-locale';
import { offline as en, type OfflineMessages } from './en/offline';
import { offline as hi } from './hi/offline';
import { offline as hiLatn } from './hi-latn/offline';

export type { OfflineMessages };

/** Sharing and offline reading: preview cards, the offline page, "save the course", the server-needed notice. */
export const offlineMessages = byLocale<OfflineMessages>({ 'hi-latn': hiLatn, en, hi });
