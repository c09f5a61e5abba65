'use client';

import { Icon } from '@/components/ui/icon';
import { usePathname } from 'next/navigation';
import { type MouseEvent, useEffect, useRef } from 'react';
import { htmlLang, LOCALE_COOKIE, type Locale, localeNames, locales, switchLocalePath } from '@/lib/i18n/locales';

/**
 * The heading the reader is at: the last one whose top is above the upper part of the
 * window (header plus a margin), so a small shift of the page does not change the answer.
 */
function currentSectionId(): string | null {
  const headings = document.querySelectorAll<HTMLElement>('.lesson-prose > h2[id], .lesson-prose > h3[id]');
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= Math.min(window.innerHeight * 0.3, 240)) current = heading.id;
    else break;
  }
  return current;
}

/** Follows a language link: remembers the choice and lands on the same section in that language. */
function remember(event: MouseEvent<HTMLAnchorElement>, to: Locale, href: string) {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  document.cookie = `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=31536000; SameSite=Lax`;
  const section = currentSectionId();
  window.location.assign(section ? `${href}#${section}` : href);
}

/**
 * The language menu: a native disclosure (it opens without JavaScript) holding a plain link
 * to this page in each language, each named in its own language and script. With JavaScript
 * a click also remembers the choice in the preference cookie and keeps the reader's section.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    function close(event: Event) {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    }
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);

  const current = localeNames[locale];
  return (
    <details ref={menu} className="relative" data-language-switch>
      <summary
        // The visible mark ("HI", "EN", "हिं") starts the name, so "click HI" works for speech input (WCAG 2.5.3).
        aria-label={`${current.short} – ${label}`}
        title={label}
        className="inline-flex h-11 min-w-11 cursor-pointer list-none items-center gap-1.5 rounded-md px-3 text-sm font-semibold text-muted hover:bg-accent-soft hover:text-ink dark:text-night-muted dark:hover:bg-night-2 dark:hover:text-night-ink [&::-webkit-details-marker]:hidden"
      >
        <Icon className="size-4">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
        </Icon>
        <span lang={htmlLang[locale]}>{current.short}</span>
      </summary>
      <ul className="absolute right-0 z-50 mt-1 min-w-40 rounded-lg border border-line bg-paper p-1 shadow-lg dark:border-night-line dark:bg-night-2">
        {locales.map((to) => {
          const href = switchLocalePath(pathname, to);
          const isCurrent = to === locale;
          return (
            <li key={to}>
              <a
                href={href}
                hrefLang={htmlLang[to]}
                lang={htmlLang[to]}
                aria-current={isCurrent ? 'page' : undefined}
                onClick={(event) => remember(event, to, href)}
                className={`flex min-h-11 items-center rounded-md px-3 py-1 leading-normal hover:bg-accent-soft dark:hover:bg-night ${
                  isCurrent ? 'font-bold text-ink dark:text-night-ink' : 'text-muted dark:text-night-muted'
                }`}
              >
                {localeNames[to].name}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
