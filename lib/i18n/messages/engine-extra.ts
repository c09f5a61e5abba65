import { byLocale } from './by-locale';
import { engineExtra as en, type EngineExtraMessages } from './en/engine-extra';
import { engineExtra as hiLatn } from './hi-latn/engine-extra';
import { engineExtra as hi } from './hi/engine-extra';

export type { EngineExtraMessages };

/** The "engine extra" box in lessons and its badge in the options playground. */
export const engineExtraMessages = byLocale<EngineExtraMessages>({ 'hi-latn': hiLatn, en, hi });
