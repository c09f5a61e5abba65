'use client';

import { Link } from '@/components/site/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '@/components/ui/icon';
import type { Locale } from '@/lib/i18n/locales';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { CourseProgress, DoneMark } from '@/components/progress/course-progress';

interface Labels {
  lab: string;
  practice: string;
  glossary: string;
  open: string;
  close: string;
  menu: string;
  home: string;
  learn: string;
  outline: string;
  progress: SiteMessages['progress'];
}

/**
 * The navigation drawer for narrow screens: a modal <dialog>, so focus and Escape behave
 * natively. Its links are rendered when it opens, not with every page: a page then starts
 * without some twenty links nobody sees yet.
 */
export function MobileNav({
  locale,
  outline,
  courseSlugs,
  labels,
}: {
  locale: Locale;
  outline: { slug: string; title: string }[];
  /** Every lesson of the course, written or not: what "3 of 13 done" counts, as in the sidebar. */
  courseSlugs: readonly string[];
  labels: Labels;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);

  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);

  const linkClass = (href: string) =>
    `block rounded-md px-3 py-2 ${pathname === href ? 'bg-accent-soft font-semibold text-accent dark:bg-night-2 dark:text-night-accent' : 'hover:bg-accent-soft dark:hover:bg-night-2'}`;

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={labels.open}
        aria-haspopup="dialog"
        className="grid size-11 place-items-center rounded-md text-muted hover:bg-accent-soft md:hidden dark:text-night-muted dark:hover:bg-night-2"
      >
        <Icon d="M4 6h16M4 12h16M4 18h16" className="size-6" />
      </button>
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click on the backdrop closes it; Escape and the close button do the same from the keyboard */}
      <dialog
        ref={dialog}
        aria-label={labels.menu}
        className="m-0 h-dvh max-h-none w-[min(20rem,85vw)] max-w-none bg-paper p-0 text-ink backdrop:bg-black/50 dark:bg-night dark:text-night-ink"
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current?.close();
        }}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <>
            <div className="flex items-center justify-between border-b border-line p-3 dark:border-night-line">
              <span className="font-bold">{labels.menu}</span>
              <button
                type="button"
                onClick={() => dialog.current?.close()}
                aria-label={labels.close}
                className="grid size-11 place-items-center rounded-md hover:bg-accent-soft dark:hover:bg-night-2"
              >
                <Icon d="M6 6l12 12M18 6 6 18" className="size-6" />
              </button>
            </div>
            <nav aria-label={labels.menu} className="p-3">
              <ul className="space-y-1">
                <li>
                  <Link href={`/${locale}`} className={linkClass(`/${locale}`)}>
                    {labels.home}
                  </Link>
                </li>
                <li>
                  <Link href={`/${locale}/learn`} className={linkClass(`/${locale}/learn`)}>
                    {labels.learn}
                  </Link>
                </li>
                <li>
                  <Link href={`/${locale}/lab`} className={linkClass(`/${locale}/lab`)}>
                    {labels.lab}
                  </Link>
                </li>
                <li>
                  <Link href={`/${locale}/practice`} className={linkClass(`/${locale}/practice`)}>
                    {labels.practice}
                  </Link>
                </li>
                <li>
                  <Link href={`/${locale}/glossary`} className={linkClass(`/${locale}/glossary`)}>
                    {labels.glossary}
                  </Link>
                </li>
              </ul>
              <h2 className="mt-6 px-3 text-xs font-semibold tracking-wider text-muted uppercase dark:text-night-muted">
                {labels.outline}
              </h2>
              <div className="mt-2 px-3">
                <CourseProgress slugs={courseSlugs} labels={labels.progress} />
              </div>
              <ol className="space-y-1">
                {outline.map((lesson) => (
                  <li key={lesson.slug}>
                    <Link href={`/${locale}/learn/${lesson.slug}`} className={`flex gap-2 ${linkClass(`/${locale}/learn/${lesson.slug}`)}`}>
                      {lesson.title}
                      <DoneMark slug={lesson.slug} label={labels.progress.doneMark} />
                    </Link>
                  </li>
                ))}
              </ol>
            </nav>
          </>
        ) : null}
      </dialog>
    </>
  );
}
