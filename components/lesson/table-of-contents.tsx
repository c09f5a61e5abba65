'use client';

import { useEffect, useState } from 'react';
import type { OutlineHeading } from '@/lib/course/outline';

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
    const update = () => {
      let current: string | null = elements[0]?.id ?? null;
      for (const element of elements) {
        if (element.getBoundingClientRect().top <= 130) current = element.id;
        else break;
      }
      setActive(current);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
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
