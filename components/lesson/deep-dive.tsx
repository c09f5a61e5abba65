import { Icon } from '@/components/ui/icon';
import type { ReactNode } from 'react';
import { cardClass } from '@/components/ui/card';

/** An expandable aside for readers who want the detail; closed by default, native <details>. */
export function DeepDive({ title, label, children }: { title: string; label: string; children: ReactNode }) {
  return (
    <details className={cardClass({ padding: 0, className: 'group' })}>
      <summary className="flex cursor-pointer list-none items-center gap-3 px-5 py-4 [&::-webkit-details-marker]:hidden">
        <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-bold tracking-wide text-accent uppercase dark:bg-night dark:text-night-accent">
          {label}
        </span>
        <span className="font-semibold">{title}</span>
        <Icon d="m6 9 6 6 6-6" className="ml-auto size-5 transition-transform group-open:rotate-180" />
      </summary>
      <div className="border-t border-line px-5 py-4 dark:border-night-line [&>*+*]:mt-3">{children}</div>
    </details>
  );
}
