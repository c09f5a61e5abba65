import { describe, expect, it } from 'vitest';
import { locales, type Locale } from './locales';
import { engineExtraMessages } from './messages/engine-extra';
import { classroomMessages } from './messages/classroom';
import { instructorMessages } from './messages/instructor';
import { labsMessages } from './messages/labs';
import { notFoundMessages } from './messages/not-found';
import { offlineMessages } from './messages/offline';
import { playgroundMessages } from './messages/playground';
import { practiceMessages } from './messages/practice';
import { siteMessages } from './messages/site';

/*
 * The types already refuse a missing or extra key; this walks the values the types cannot see:
 * every locale against English, area by area.
 */
const areas: Readonly<Record<string, (locale: Locale) => unknown>> = {
  site: siteMessages,
  'not-found': notFoundMessages,
  labs: labsMessages,
  playground: playgroundMessages,
  instructor: instructorMessages,
  classroom: classroomMessages,
  practice: practiceMessages,
  'engine-extra': engineExtraMessages,
  offline: offlineMessages,
};

/** Every leaf string by its path (`csrf.steps.0`); arrays count by index. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null) return new Map([[path, value]]);
  return new Map(Object.entries(value).flatMap(([key, inner]) => [...leaves(inner, path ? `${path}.${key}` : key)]));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(areas))('the %s messages', (_area, messagesOf) => {
  const english = leaves(messagesOf('en'));

  describe.each(locales)('in %s', (locale) => {
    const strings = leaves(messagesOf(locale));

    it('should have exactly the keys of the English messages', () => {
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('should have a non-empty string for every key', () => {
      for (const [path, text] of strings) {
        expect(typeof text, path).toBe('string');
        expect(String(text).trim(), path).not.toBe('');
      }
    });

    it('should use the same {placeholder} names as English in every string', () => {
      for (const [path, text] of strings) expect(placeholders(String(text)), path).toEqual(placeholders(String(english.get(path))));
    });

    it('should close every `code` span it opens', () => {
      for (const [path, text] of strings) expect((String(text).match(/`/g) ?? []).length % 2, path).toBe(0);
    });
  });
});
