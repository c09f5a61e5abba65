import { describe, expect, it } from 'vitest';
import { findLesson } from '@/lib/course/course';
import { locales } from '@/lib/i18n/locales';
import { devanagariShare } from './devanagari-share';
import { glossary } from './glossary';
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
