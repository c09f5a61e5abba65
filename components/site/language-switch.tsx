'use client';

import { Icon } from '@/components/ui/icon';
import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { htmlLang, LOCALE_COOKIE, type Locale, otherLocale, switchLocalePath } from '@/lib/i18n/locales';

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

export function LanguageSwitch({ locale, label, short }: { locale: Locale; label: string; short: string }) {
  const pathname = usePathname();
  const to = otherLocale(locale);
  const href = switchLocalePath(pathname, to);

  function remember(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    document.cookie = `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=31536000; SameSite=Lax`;
    const section = currentSectionId();
    window.location.assign(section ? `${href}#${section}` : href);
  }

  return (
    <a
      href={href}
      hrefLang={htmlLang[to]}
      lang={htmlLang[to]}
      onClick={remember}
      // The visible "HI"/"EN" starts the name, so "click HI" works for speech input (WCAG 2.5.3).
      aria-label={`${short} – ${label}`}
      title={label}
      className="inline-flex h-11 min-w-11 items-center gap-1.5 rounded-md px-3 text-sm font-semibold text-muted hover:bg-accent-soft hover:text-ink dark:text-night-muted dark:hover:bg-night-2 dark:hover:text-night-ink"
    >
      <Icon className="size-4">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
      </Icon>
      <span>{short}</span>
    </a>
  );
}
