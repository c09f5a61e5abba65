import { byLocale } from './by-locale';
import { labs as en, type LabsMessages } from './en/labs';
import { labs as hiLatn } from './hi-latn/labs';
import { labs as hi } from './hi/labs';

export type { LabsMessages };

/** The stateless lab and the four security labs. */
export const labsMessages = byLocale<LabsMessages>({ 'hi-latn': hiLatn, en, hi });
