import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, themeBootScript } from './theme';

/** Runs the inlined boot script as <head> would, in a bare context with only these globals. */
function boot({ stored, prefersDark, storageThrows = false }: { stored: string | null; prefersDark: boolean; storageThrows?: boolean }) {
  const classes = new Set<string>();
  const html = {
    classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    style: { colorScheme: '' },
  };
  const window = {
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === THEME_STORAGE_KEY ? stored : null;
      },
    },
    matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && prefersDark }),
  };
  runInNewContext(themeBootScript, { window, document: { documentElement: html } });
  return { dark: classes.has('dark'), colorScheme: html.style.colorScheme };
}

describe('theme boot script', () => {
  it('applies the remembered choice over the system preference', () => {
    expect(boot({ stored: 'dark', prefersDark: false })).toEqual({ dark: true, colorScheme: 'dark' });
    expect(boot({ stored: 'light', prefersDark: true })).toEqual({ dark: false, colorScheme: 'light' });
  });

  it('follows the system preference when nothing is remembered', () => {
    expect(boot({ stored: null, prefersDark: true })).toEqual({ dark: true, colorScheme: 'dark' });
    expect(boot({ stored: null, prefersDark: false })).toEqual({ dark: false, colorScheme: 'light' });
  });

  it('keeps the light default, without throwing, when storage is blocked', () => {
    expect(boot({ stored: 'dark', prefersDark: true, storageThrows: true })).toEqual({ dark: false, colorScheme: '' });
  });
});
