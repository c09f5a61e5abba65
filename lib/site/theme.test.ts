import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, themeBootScript } from './theme';

describe('theme boot script', () => {
  it('is a self-invoking script that reads the same storage key the toggle writes', () => {
    expect(themeBootScript.startsWith('(')).toBe(true);
    expect(themeBootScript.endsWith(')();')).toBe(true);
    expect(themeBootScript).toContain(THEME_STORAGE_KEY);
  });
});
