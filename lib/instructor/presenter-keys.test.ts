import { describe, expect, it } from 'vitest';
import { commandForKey, sectionTarget } from './presenter-keys';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('commandForKey', () => {
  it('should map the presenter shortcuts', () => {
    expect(['ArrowLeft', 'ArrowRight', 'i', 'I', 'f', 'F', '?'].map((key) => commandForKey(press(key), false))).toEqual([
      'prev',
      'next',
      'inspector',
      'inspector',
      'fullscreen',
      'fullscreen',
      'help',
    ]);
  });

  it('should leave other keys, chords and typing in fields alone', () => {
    expect(commandForKey(press('x'), false)).toBeNull();
    expect(commandForKey(press('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(commandForKey(press('f', { ctrlKey: true }), false)).toBeNull();
    expect(commandForKey(press('i', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('i'), true)).toBeNull();
  });
});

describe('sectionTarget', () => {
  const offset = 80;

  it('should go to the first heading below the reading line', () => {
    expect(sectionTarget([-900, -200, 300, 600], offset, 'next')).toBe(2);
    expect(sectionTarget([-900, 82, 600], offset, 'next')).toBe(2);
    expect(sectionTarget([-900, 80, 600], offset, 'next')).toBe(2);
  });

  it('should go to the last heading above the reading line', () => {
    expect(sectionTarget([-900, -200, 80, 600], offset, 'prev')).toBe(1);
  });

  it('should stay put past either end', () => {
    expect(sectionTarget([-900, -200], offset, 'next')).toBeNull();
    expect(sectionTarget([80, 400], offset, 'prev')).toBeNull();
    expect(sectionTarget([], offset, 'next')).toBeNull();
  });
});
