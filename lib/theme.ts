export const THEME_STORAGE_KEY = 'pathshala.theme';

/**
 * Runs in <head> before the body is parsed, so the first paint already has the right
 * theme: the remembered choice, else the system preference.
 */
export const themeBootScript = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})();`;
