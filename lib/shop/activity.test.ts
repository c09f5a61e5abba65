import { describe, expect, it } from 'vitest';
import { ACTIVITY_KEY, ACTIVITY_LIMIT, addVisit, readActivity, writeActivity, type ActivityEntry } from './activity';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));

describe('addVisit', () => {
  it('should put the newest visit first with its ISO time', () => {
    const one = addVisit([], { path: '/en' }, at(1));
    const two = addVisit(one, { path: '/en/learn', title: 'Lessons' }, at(2));
    expect(two).toEqual([
      { path: '/en/learn', title: 'Lessons', at: '2026-01-01T00:00:02.000Z' },
      { path: '/en', at: '2026-01-01T00:00:01.000Z' },
    ]);
  });

  it('should keep at most 20 visits, dropping the oldest', () => {
    let entries: ActivityEntry[] = [];
    for (let i = 0; i < 25; i++) entries = addVisit(entries, { path: `/en/p${i}` }, at(i));
    expect(entries).toHaveLength(ACTIVITY_LIMIT);
    expect(entries[0]?.path).toBe('/en/p24');
    expect(entries.at(-1)?.path).toBe('/en/p5');
  });

  it('should refresh rather than repeat a reload of the page on top', () => {
    const once = addVisit(addVisit([], { path: '/en/a' }, at(1)), { path: '/en/b' }, at(2));
    const reloaded = addVisit(once, { path: '/en/b', title: 'B' }, at(3));
    expect(reloaded).toEqual([
      { path: '/en/b', title: 'B', at: '2026-01-01T00:00:03.000Z' },
      { path: '/en/a', at: '2026-01-01T00:00:01.000Z' },
    ]);
    expect(addVisit(reloaded, { path: '/en/a' }, at(4))).toHaveLength(3);
  });
});

describe('readActivity and writeActivity', () => {
  it('should round-trip entries and remove the key when empty', () => {
    const data: Record<string, unknown> = {};
    writeActivity(data, [{ path: '/en', at: at(1).toISOString() }]);
    expect(readActivity(data)).toEqual([{ path: '/en', at: '2026-01-01T00:00:01.000Z' }]);
    writeActivity(data, []);
    expect(ACTIVITY_KEY in data).toBe(false);
  });

  it('should ignore malformed entries from the store', () => {
    const data = {
      activity: [
        { path: 'https://evil.example', at: at(1).toISOString() },
        { path: '/en', at: 'yesterday' },
        { path: '/en', title: 5, at: at(1).toISOString() },
        { path: '/hi-latn', at: at(2).toISOString() },
      ],
    };
    expect(readActivity(data)).toEqual([{ path: '/hi-latn', at: '2026-01-01T00:00:02.000Z' }]);
    expect(readActivity({ activity: {} })).toEqual([]);
  });
});
