import type { ReactNode } from 'react';

/** A command or the grader's output: preformatted, scrolls sideways, reachable from the keyboard. */
export function ScrollablePre({ children, className = '', testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <pre
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a long line scrolls sideways; keyboard users must be able to reach it (WCAG 2.1.1)
      tabIndex={0}
      data-testid={testId}
      className={`overflow-x-auto rounded-lg bg-black/5 p-3 text-sm dark:bg-white/10 ${className}`}
    >
      {children}
    </pre>
  );
}
