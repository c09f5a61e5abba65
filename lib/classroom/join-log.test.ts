import { describe, expect, it } from 'vitest';
import { JoinLog } from './join-log';

const MINUTE = 60_000;
const t0 = Date.UTC(2026, 11, 3, 10, 0, 0);

describe('JoinLog', () => {
  it('should count each nickname once, case-insensitively, in the minute it first joined', () => {
    const log = new JoinLog(5);
    log.record('Riya', t0);
    log.record('riya', t0 + 2 * MINUTE);
    log.record('Aman', t0 + 2 * MINUTE);
    expect(log.chart(t0 + 4 * MINUTE)).toEqual({ perMinute: [1, 0, 1, 0, 0], resets: [], total: 2 });
  });

  it('should keep the history across a reset and mark the minute of the reset', () => {
    const log = new JoinLog(5);
    log.record('Riya', t0);
    log.markReset(t0 + MINUTE);
    log.record('Riya', t0 + 2 * MINUTE);
    log.record('Neha', t0 + 2 * MINUTE);
    expect(log.chart(t0 + 2 * MINUTE)).toEqual({ perMinute: [0, 0, 1, 0, 1], resets: [3], total: 2 });
  });

  it('should forget joins and resets older than the window', () => {
    const log = new JoinLog(5);
    log.record('Riya', t0);
    log.markReset(t0);
    expect(log.chart(t0 + 10 * MINUTE)).toEqual({ perMinute: [0, 0, 0, 0, 0], resets: [], total: 0 });
    log.record('Riya', t0 + 10 * MINUTE);
    expect(log.chart(t0 + 10 * MINUTE).total).toBe(1);
  });
});
