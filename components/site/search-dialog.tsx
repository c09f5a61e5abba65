'use client';

import { Icon } from '@/components/ui/icon';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { search, sectionHref, type SearchSection } from '@/lib/course/search';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Search over the lessons and labs of this language, forgiving one typo: opened with `/` or Ctrl+K, index built at build time. */
export function SearchDialog({ locale, labels }: { locale: Locale; labels: SiteMessages['search'] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listId = useId();
  const [sections, setSections] = useState<SearchSection[] | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (sections ? search(sections, query) : []), [sections, query]);

  function open() {
    dialog.current?.showModal();
    input.current?.select();
    if (sections === null) {
      void fetch(`/search-index/${locale}.json`)
        .then((response) => response.json() as Promise<SearchSection[]>)
        .then(setSections)
        .catch(() => setSections([]));
    }
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
      if (!shortcut || dialog.current?.open) return;
      event.preventDefault();
      open();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function go(index: number) {
    const hit = hits[index];
    if (!hit) return;
    dialog.current?.close();
    router.push(sectionHref(locale, hit.section));
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-keyshortcuts="/ Control+K"
        className="inline-flex h-11 min-w-11 items-center justify-center gap-2 rounded-md px-3 text-sm text-muted hover:bg-accent-soft hover:text-ink dark:text-night-muted dark:hover:bg-night-2 dark:hover:text-night-ink"
      >
        <Icon className="size-4">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </Icon>
        <span className="sr-only sm:not-sr-only">{labels.open}</span>
        <kbd className="hidden rounded border border-line px-1.5 font-mono text-xs lg:inline dark:border-night-line">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={labels.label}
        className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-line bg-paper p-0 text-ink shadow-2xl backdrop:bg-black/50 dark:border-night-line dark:bg-night dark:text-night-ink"
      >
        <div className="flex items-center gap-2 border-b border-line p-3 dark:border-night-line">
          <input
            ref={input}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setActive((index) => Math.min(index + 1, hits.length - 1));
              } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                setActive((index) => Math.max(index - 1, 0));
              } else if (event.key === 'Enter') {
                event.preventDefault();
                go(active);
              }
            }}
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
            aria-label={labels.label}
            placeholder={labels.placeholder}
            className="w-full bg-transparent px-2 py-2 text-lg outline-none"
          />
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md px-2 py-1 text-sm font-semibold hover:bg-accent-soft dark:hover:bg-night-2"
          >
            {labels.close}
          </button>
        </div>
        <p role="status" aria-live="polite" className="sr-only">
          {query.trim() ? (hits.length ? format(labels.results, { count: hits.length }) : labels.noResults) : ''}
        </p>
        <ul id={listId} role="listbox" aria-label={labels.label} className="max-h-[60vh] overflow-y-auto p-2">
          {hits.map((hit, index) => (
            <li
              key={`${hit.section.slug}#${hit.section.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseEnter={() => setActive(index)}
              onClick={() => go(index)}
              onKeyDown={(event) => event.key === 'Enter' && go(index)}
              className={`cursor-pointer rounded-lg px-3 py-2 ${index === active ? 'bg-accent-soft dark:bg-night-2' : ''}`}
            >
              <p className="text-sm text-muted dark:text-night-muted">{hit.section.lessonTitle}</p>
              <p className="font-semibold">{hit.section.heading}</p>
              <p className="mt-0.5 line-clamp-2 text-sm text-muted dark:text-night-muted">{hit.snippet}</p>
            </li>
          ))}
          {query.trim() && sections && hits.length === 0 ? (
            <li className="px-3 py-4 text-muted dark:text-night-muted">{labels.noResults}</li>
          ) : null}
        </ul>
      </dialog>
    </>
  );
}
