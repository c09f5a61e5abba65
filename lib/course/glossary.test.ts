import { describe, expect, it } from 'vitest';
import { findLesson } from '@/lib/course/course';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';
import { devanagariShare } from './devanagari-share';
import { glossary, glossaryEntryForHref } from './glossary';
import { hiGlossary } from './glossary-hi';

describe('glossary', () => {
  it('has unique kebab-case IDs', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('defines every term in every language and points at a lesson of the course', () => {
    for (const entry of glossary) {
      for (const locale of locales) expect(entry.definition[locale].length, `${entry.id} ${locale}`).toBeGreaterThan(30);
      expect(findLesson(entry.lesson), entry.id).toBeDefined();
    }
  });

  it('names the four store operations the inspector timeline shows', () => {
    const byId = new Map(glossary.map((entry) => [entry.id, entry]));
    expect(['store-get', 'store-set', 'store-touch', 'store-destroy'].map((id) => byId.get(id)?.term)).toEqual([
      'store.get',
      'store.set',
      'store.touch',
      'store.destroy',
    ]);
  });

  it('resolves every glossary link in every lesson, in the lesson’s own language', () => {
    for (const locale of locales) {
      for (const slug of publishedSlugs()) {
        const source = readLessonSource(locale, slug) ?? '';
        for (const [, href] of source.matchAll(/\]\((\/[a-z-]+\/glossary#[^)\s]*)\)/g)) {
          expect(glossaryEntryForHref(href, locale), `${locale}/${slug}: ${href}`).not.toBeNull();
        }
      }
    }
  });

  it('has a Devanagari definition of its own for every term, and none for a term it lacks', () => {
    expect(Object.keys(hiGlossary).sort()).toEqual(glossary.map((entry) => entry.id).sort());
    for (const entry of glossary) {
      expect(entry.definition.hi, entry.id).toBe(hiGlossary[entry.id]);
      // A definition is two sentences full of the terms it defines ("JSON Web Token: base64url
      // header.payload.signature…"), so its bar sits below a lesson's; a copy of the Hinglish scores 0.
      expect(devanagariShare(entry.definition.hi), entry.id).toBeGreaterThanOrEqual(0.25);
    }
  });
});

describe('glossaryEntryForHref', () => {
  it('finds the entry of a link to the glossary in the same language', () => {
    expect(glossaryEntryForHref('/hi-latn/glossary#cookie', 'hi-latn')?.term).toBe('Cookie');
    expect(glossaryEntryForHref('/en/glossary#store-touch', 'en')?.term).toBe('store.touch');
  });

  it('leaves other links alone', () => {
    expect(glossaryEntryForHref('/en/glossary#cookie', 'hi-latn')).toBeNull();
    expect(glossaryEntryForHref('/en/glossary#no-such-term', 'en')).toBeNull();
    expect(glossaryEntryForHref('/en/glossary', 'en')).toBeNull();
    expect(glossaryEntryForHref('/en/learn/cookies-101#cookie', 'en')).toBeNull();
    expect(glossaryEntryForHref('https://evil.example/en/glossary#cookie', 'en')).toBeNull();
    expect(glossaryEntryForHref(undefined, 'en')).toBeNull();
  });
});
