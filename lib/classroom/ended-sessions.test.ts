import { describe, expect, it } from 'vitest';
import { ENDED_MEMORY_MS, EndedSessions } from './ended-sessions';

describe('EndedSessions', () => {
  it('should say the instructor ended a session, and how', () => {
    const ended = new EndedSessions();
    ended.record(['sid-a', 'sid-b'], 'reset', 1_000);
    ended.record(['sid-c'], 'expire-all', 2_000);
    expect(ended.endedBy('sid-a', 3_000)).toBe('reset');
    expect(ended.endedBy('sid-c', 3_000)).toBe('expire-all');
    expect(ended.endedBy('sid-z', 3_000)).toBeNull();
    expect(ended.endedBy(null, 3_000)).toBeNull();
  });

  it('should forget after two hours', () => {
    const ended = new EndedSessions();
    ended.record(['sid-a'], 'reset', 0);
    expect(ended.endedBy('sid-a', ENDED_MEMORY_MS)).toBe('reset');
    expect(ended.endedBy('sid-a', ENDED_MEMORY_MS + 1)).toBeNull();
  });
});
