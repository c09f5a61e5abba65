import { describe, expect, it } from 'vitest';
import { findLesson } from '@/lib/course/course';
import { glossary } from './glossary';

describe('glossary', () => {
  it('has unique kebab-case IDs', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('defines every term in both languages and points at a lesson of the course', () => {
    for (const entry of glossary) {
      expect(entry.definition['hi-latn'].length, entry.id).toBeGreaterThan(30);
      expect(entry.definition.en.length, entry.id).toBeGreaterThan(30);
      expect(findLesson(entry.lesson), entry.id).toBeDefined();
    }
  });
});
