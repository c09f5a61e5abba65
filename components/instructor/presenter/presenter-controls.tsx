'use client';

import { Icon } from '@/components/ui/icon';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  commandForKey,
  PRESENTER_SHORTCUTS,
  PRESENTER_STOPS,
  PRESENTER_STORAGE_KEY,
  sectionTarget,
  type PresenterCommand,
} from '@/lib/instructor/presenter-keys';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import './presenter.css';
import type { Locale } from '@/lib/i18n/locales';
import { cardClass } from '@/components/ui/card';

type Panel = typeof import('./live-class-panel').LiveClassPanel;

const root = () => document.documentElement;

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(root(), { attributes: true, attributeFilter: ['data-presenter', 'data-presenter-inspector'] });
  return () => observer.disconnect();
}

const isPresenting = () => root().hasAttribute('data-presenter');
const isInspectorHidden = () => root().getAttribute('data-presenter-inspector') === 'hidden';

function setPresenting(on: boolean) {
  if (on) root().setAttribute('data-presenter', '');
  else root().removeAttribute('data-presenter');
  if (!on) root().removeAttribute('data-presenter-inspector');
  try {
    if (on) localStorage.setItem(PRESENTER_STORAGE_KEY, 'on');
    else localStorage.removeItem(PRESENTER_STORAGE_KEY);
  } catch {
    // Storage blocked: presenter view lasts for this page only.
  }
}

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// Where the last ←/→ left the reader: near the end of a page a heading cannot scroll up to
// the reading line, so position alone would find the same heading again.
let lastMove: { index: number; scrollY: number } | null = null;

/**
 * The stops of ←/→: a lesson's `##` sections and every inspector on the page, in document
 * order — so the inspector beside a demo is one key press away, on a lesson or a lab page.
 */
function presenterStops(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(PRESENTER_STOPS)].filter((element) => element.getClientRects().length > 0);
}

/** Scrolls to the previous or next stop (section or inspector) and moves focus there. */
function moveSection(direction: 'prev' | 'next') {
  const stops = presenterStops();
  if (stops.length === 0) return;
  let index: number | null;
  if (lastMove !== null && Math.abs(window.scrollY - lastMove.scrollY) < 2 && stops[lastMove.index] !== undefined) {
    index = lastMove.index + (direction === 'next' ? 1 : -1);
    if (index < 0 || index >= stops.length) index = null;
  } else {
    const headerBottom = document.querySelector('body > header')?.getBoundingClientRect().bottom ?? 0;
    const scrollMargin = parseFloat(getComputedStyle(stops[0]!).scrollMarginTop) || 0;
    index = sectionTarget(
      stops.map((stop) => stop.getBoundingClientRect().top),
      Math.max(headerBottom, scrollMargin),
      direction,
    );
  }
  const stop = index === null ? undefined : stops[index];
  if (stop === undefined || index === null) return;
  stop.scrollIntoView({ block: 'start', behavior: 'instant' });
  if (!stop.hasAttribute('tabindex')) stop.tabIndex = -1;
  stop.focus({ preventScroll: true });
  if (stop.id) history.replaceState(history.state, '', `#${stop.id}`);
  lastMove = { index, scrollY: window.scrollY };
}

function toggleFullscreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : root().requestFullscreen();
  request.catch(() => {
    // Refused (no user gesture, or an embedding frame forbids it): nothing to undo.
  });
}

/** The words the switch and its shortcut list show, picked on the server from the page's locale. */
export type PresenterLabels = Pick<
  InstructorMessages,
  | 'presenterOff'
  | 'inspectorHidden'
  | 'shortcutsTitle'
  | 'shortcutPrev'
  | 'shortcutNext'
  | 'shortcutInspector'
  | 'shortcutFullscreen'
  | 'shortcutHelp'
  | 'shortcutClose'
>;

/**
 * The presenter-view switch for the site header. When on (remembered per browser), the page
 * is scaled up for a projector and the keyboard drives the lesson: ←/→ sections, `i` the
 * inspector, `f` full screen, `?` the list of shortcuts. It is on every page, so its words come
 * as props: importing the instructor catalogue here put every language's copy of it into every
 * page's first-load JavaScript.
 */
export function PresenterControls({ labels: t, locale }: { labels: PresenterLabels; locale: Locale }) {
  const presenting = useSyncExternalStore(subscribe, isPresenting, () => false);
  const inspectorHidden = useSyncExternalStore(subscribe, isInspectorHidden, () => false);
  const help = useRef<HTMLDialogElement>(null);
  // The live class panel's code loads only once the presenter view is on: other readers pay nothing for it.
  const [Panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    if (presenting && Panel === null) void import('./live-class-panel').then((mod) => setPanel(() => mod.LiveClassPanel));
  }, [presenting, Panel]);

  useEffect(() => {
    try {
      if (localStorage.getItem(PRESENTER_STORAGE_KEY) === 'on') setPresenting(true);
    } catch {
      // Storage blocked: start without presenter view.
    }
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const run: Record<PresenterCommand, () => void> = {
      prev: () => moveSection('prev'),
      next: () => moveSection('next'),
      inspector: () => root().setAttribute('data-presenter-inspector', isInspectorHidden() ? 'shown' : 'hidden'),
      fullscreen: toggleFullscreen,
      help: () => {
        if (help.current?.open) help.current.close();
        else help.current?.showModal();
      },
    };
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const command = commandForKey(event, typingInField(event.target));
      if (command === null) return;
      // Inside the open shortcut list only `?` itself (to close it) applies.
      if (help.current?.open && command !== 'help') return;
      event.preventDefault();
      run[command]();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting]);

  const labels: Record<PresenterCommand, string> = {
    prev: t.shortcutPrev,
    next: t.shortcutNext,
    inspector: t.shortcutInspector,
    fullscreen: t.shortcutFullscreen,
    help: t.shortcutHelp,
  };

  return (
    <>
      <button
        type="button"
        onClick={() => setPresenting(!presenting)}
        aria-pressed={presenting}
        title={t.presenterOff}
        className="hidden size-10 md:grid place-items-center rounded-md text-muted hover:bg-accent-soft hover:text-ink aria-pressed:bg-accent-soft aria-pressed:text-ink dark:text-night-muted dark:hover:bg-night-2 dark:hover:text-night-ink dark:aria-pressed:bg-night-2 dark:aria-pressed:text-night-ink"
      >
        <span className="sr-only">{t.presenterOff}</span>
        <Icon>
          <rect x="3" y="4" width="18" height="12" rx="1" />
          <path d="M12 16v4M8 20h8" />
        </Icon>
      </button>
      {presenting && Panel !== null && <Panel locale={locale} />}
      <span role="status" aria-live="polite" className="sr-only">
        {presenting && inspectorHidden ? t.inspectorHidden : ''}
      </span>
      <dialog
        ref={help}
        aria-labelledby="presenter-shortcuts-title"
        className={cardClass({ padding: 6, className: 'm-auto w-full max-w-md text-ink backdrop:bg-black/60 dark:text-night-ink' })}
      >
        <h2 id="presenter-shortcuts-title" className="text-xl font-bold">
          {t.shortcutsTitle}
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {PRESENTER_SHORTCUTS.map(({ keys, command }) => (
            <div key={command} className="contents">
              <dt>
                <kbd className="rounded border border-line px-2 py-0.5 font-mono dark:border-night-line">{keys.join(' ')}</kbd>
              </dt>
              <dd>{labels[command]}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-6 flex justify-end">
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-white dark:bg-night-accent dark:text-night">
            {t.shortcutClose}
          </button>
        </form>
      </dialog>
    </>
  );
}
