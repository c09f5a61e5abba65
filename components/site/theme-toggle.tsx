'use client';

import { Icon } from '@/components/ui/icon';
import { useEffect, useSyncExternalStore } from 'react';
import { applyStoredTheme, THEME_STORAGE_KEY } from '@/lib/site/theme';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

export function ThemeToggle({ label }: { label: string }) {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);

  // Pages rendered only in the browser (the 404 page) never ran the <head> script; apply it once here.
  useEffect(() => {
    if (!document.documentElement.style.colorScheme) applyStoredTheme();
  }, []);

  function toggle() {
    const next = !isDark();
    document.documentElement.classList.toggle('dark', next);
    document.documentElement.style.colorScheme = next ? 'dark' : 'light';
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next ? 'dark' : 'light');
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      aria-label={label}
      title={label}
      className="grid size-11 place-items-center rounded-md text-muted hover:bg-accent-soft hover:text-ink dark:text-night-muted dark:hover:bg-night-2 dark:hover:text-night-ink"
    >
      <Icon>
        {dark ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        ) : (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        )}
      </Icon>
    </button>
  );
}
