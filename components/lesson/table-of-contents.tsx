'use client';

import { useEffect, useState } from 'react';
import type { OutlineHeading } from '@/lib/course/outline';

/** Pixels from the top of the window: below the sticky header, where a heading counts as reached. */
const READING_LINE = 130;

/** "On this page": links to the lesson's headings, marking the one being read. */
export function TableOfContents({
  headings,
  label,
  compact = false,
}: {
  headings: readonly OutlineHeading[];
  label: string;
  compact?: boolean;
}) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const elements = headings.map((heading) => document.getElementById(heading.id)).filter((el): el is HTMLElement => el !== null);
    // The heading being read is the last one whose top has passed the reading line. The
    // observer's area starts at that line and reaches far below the window, so a heading
    // changes state exactly when it crosses the line (even in a jump from one end of the page
    // to the other), and each report carries its position: neither opening the page nor
    // scrolling makes the browser lay the page out again just to ask where the headings are.
    const passed = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.boundingClientRect.top <= READING_LINE) passed.add(entry.target.id);
          else passed.delete(entry.target.id);
        }
        setActive(elements.findLast((element) => passed.has(element.id))?.id ?? elements[0]?.id ?? null);
      },
      { rootMargin: `-${READING_LINE}px 0px 10000% 0px`, threshold: [0, 1] },
    );
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  }, [headings]);

  return (
    <nav aria-label={label}>
      {compact ? null : <h2 className="text-xs font-semibold tracking-wider text-muted uppercase dark:text-night-muted">{label}</h2>}
      <ul className="mt-3 space-y-1 border-l border-line text-sm dark:border-night-line">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a
              href={`#${heading.id}`}
              aria-current={active === heading.id ? 'location' : undefined}
              className={`-ml-px block border-l-2 py-1 ${heading.depth === 3 ? 'pl-6' : 'pl-3'} ${
                active === heading.id
                  ? 'border-accent font-semibold text-accent dark:border-night-accent dark:text-night-accent'
                  : 'border-transparent text-muted hover:text-ink dark:text-night-muted dark:hover:text-night-ink'
              }`}
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
