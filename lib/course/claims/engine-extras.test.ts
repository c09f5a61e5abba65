import { describe, expect, it } from 'vitest';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';
import { ENGINE_ONLY_OPTIONS } from '@/lib/playground/options';

/*
 * Features of this site's engine that express-session lacks are shown in <EngineExtra> boxes, the
 * same boxes in both languages, and a lesson that names one has a box for it.
 */

const ENGINE_ONLY_NAMES = ['keepData', 'idleTimeoutMs', 'absoluteTimeoutMs', 'lockWaitMs', 'sess-lock:'] as const;

const features = (source: string) => [...source.matchAll(/<EngineExtra feature="([^"]+)">/g)].map((match) => match[1]);

describe('EngineExtra boxes', () => {
  for (const slug of publishedSlugs()) {
    it(`${slug}: the same boxes, in the same order, in every language`, () => {
      const [first, ...others] = locales.map((locale) => features(readLessonSource(locale, slug) ?? ''));
      for (const other of others) expect(other).toEqual(first);
    });

    it(`${slug}: a box for every engine-only option the lesson names`, () => {
      for (const locale of locales) {
        const source = readLessonSource(locale, slug) ?? '';
        const boxes = [...source.matchAll(/<EngineExtra[\s\S]*?<\/EngineExtra>/g)].map((match) => match[0]);
        for (const name of ENGINE_ONLY_NAMES) {
          if (source.includes(name))
            expect(
              boxes.some((box) => box.includes(name)),
              `${locale}/${slug}: ${name}`,
            ).toBe(true);
        }
        for (const box of boxes)
          expect(box, `${locale}/${slug}`).toMatch(/\*\*(In express-session|express-session mein|express-session में)[:*]/);
      }
    });
  }

  it('should list in the playground the engine options the lessons box', () => {
    expect(ENGINE_ONLY_OPTIONS.join(' ')).toMatch(/keepData/);
    for (const name of ['locking', 'lockWaitMs', 'idleTimeoutMs', 'absoluteTimeoutMs', 'maxSessions'])
      expect(ENGINE_ONLY_OPTIONS.join(' ')).toContain(name);
  });
});
