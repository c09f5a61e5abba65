export const THEME_STORAGE_KEY = 'pathshala.theme';

/** Puts the remembered theme (else the system preference) on <html>. Self-contained: it is also inlined as a script. */
export function applyStoredTheme(): void {
  try {
    const stored = window.localStorage.getItem('pathshala.theme');
    const dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  } catch {
    // Storage blocked: keep the light default.
  }
}

/**
 * Runs in <head> before the body is parsed, so the first paint already has the right theme.
 */
export const themeBootScript = `(${applyStoredTheme.toString()})();`;
