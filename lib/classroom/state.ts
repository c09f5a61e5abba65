import { processSingleton } from '@/lib/runtime/singleton';
import { StreamSlots } from '@/lib/runtime/stream-slots';
import { FailureLimiter } from '@/lib/shop/rate-limit';
import { parseSessionConfig } from '@/lib/site/session';
import { MemoryLiveStore, RedisLiveStore, type LiveStore } from './live';
import { REPORTS_PER_MINUTE } from './report';

/** The most class streams one student (one session) holds at once in a process: a few tabs. */
export const STREAMS_PER_STUDENT = 4;
/** The most class streams a process holds at once. */
export const MAX_CLASS_STREAMS = 2_000;

/** The class's per-process state: how often pages report, which streams are open (what every instance shares is in `getLiveStore`). */
export interface ClassState {
  /** Reports per session in a sliding minute (counted as "failures" of the generic limiter). */
  readonly reports: FailureLimiter;
  /** Open class streams in this process, per student (class record id). */
  readonly streams: StreamSlots;
}

export function getClassState(): ClassState {
  return processSingleton('classroom', (): ClassState => ({
    reports: new FailureLimiter({ limit: REPORTS_PER_MINUTE, windowMs: 60_000, maxKeys: 10_000 }),
    streams: new StreamSlots({ perKey: STREAMS_PER_STUDENT, total: MAX_CLASS_STREAMS }),
  }));
}

/** The live class state (follow-me, the live quiz, the join chart, ended sessions): in Redis beside the sessions when they are there, so every instance shares it. */
export function getLiveStore(): LiveStore {
  return processSingleton('classroom-live', (): LiveStore => {
    const config = parseSessionConfig(process.env);
    return config.store === 'redis' ? new RedisLiveStore(config.redisUrl) : new MemoryLiveStore();
  });
}
