import type { OwnEngine } from '@/lib/site/api-route';
import { getRaceEngine, isRaceMode } from './race';

/** The session of `/api/demo/race/<mode>/…`: that mode's own engine; an unknown mode is a 404. */
export const raceLabSession: OwnEngine<{ mode: string }> = {
  engine: ({ mode }) => (isRaceMode(mode) ? getRaceEngine(mode) : null),
};
