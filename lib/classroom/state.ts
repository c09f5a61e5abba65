import { processSingleton } from '@/lib/runtime/singleton';
import { FailureLimiter } from '@/lib/shop/rate-limit';
import { EndedSessions } from './ended-sessions';
import { JoinLog } from './join-log';
import { REPORTS_PER_MINUTE } from './report';

/** The class's process-wide state: who joined when, whom the instructor ended, how often pages report. */
export interface ClassState {
  readonly joins: JoinLog;
  readonly ended: EndedSessions;
  /** Reports per session in a sliding minute (counted as "failures" of the generic limiter). */
  readonly reports: FailureLimiter;
}

export function getClassState(): ClassState {
  return processSingleton('classroom', (): ClassState => ({
    joins: new JoinLog(),
    ended: new EndedSessions(),
    reports: new FailureLimiter({ limit: REPORTS_PER_MINUTE, windowMs: 60_000, maxKeys: 10_000 }),
  }));
}
