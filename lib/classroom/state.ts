import { processSingleton } from '@/lib/runtime/singleton';
import { FailureLimiter } from '@/lib/shop/rate-limit';
import { parseSessionConfig } from '@/lib/site/session';
import { MemoryLiveStore, RedisLiveStore, type LiveStore } from './live';
import { REPORTS_PER_MINUTE } from './report';

/** The class's per-process state: how often pages report, which streams are open (what every instance shares is in `getLiveStore`). */
export interface ClassState {
  /** Reports per session in a sliding minute (counted as "failures" of the generic limiter). */
  readonly reports: FailureLimiter;
  /** Open class streams in this process, per student (class record id). */
  readonly streams: Map<string, number>;
}

export function getClassState(): ClassState {
  return processSingleton('classroom', (): ClassState => ({
    reports: new FailureLimiter({ limit: REPORTS_PER_MINUTE, windowMs: 60_000, maxKeys: 10_000 }),
    streams: new Map(),
  }));
}

/** The live class state (follow-me, the live quiz, the join chart, ended sessions): in Redis beside the sessions when they are there, so every instance shares it. */
export function getLiveStore(): LiveStore {
  return processSingleton('classroom-live', (): LiveStore => {
    const config = parseSessionConfig(process.env);
    return config.store === 'redis' ? new RedisLiveStore(config.redisUrl) : new MemoryLiveStore();
  });
}
