import type { ComponentProps } from 'react';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { tryLinesOf } from '@/lib/course/curl-request';
import { CopyButton } from './copy-button';
import { TryRequests } from './try-request';
import { cardClass } from '@/components/ui/card';

type PreProps = ComponentProps<'pre'> & {
  'data-code'?: string;
  'data-title'?: string;
  'data-language'?: string;
  'data-terminal'?: string;
  /** The highlighted `<code>` as HTML, made by Shiki at build time from the lesson's source. */
  'data-html'?: string;
};

/**
 * A highlighted code block (Shiki ran at build time) with its file label and a copy button. A
 * terminal block also gets a "run it here" button for each command a page can send to this site.
 */
export function CodeBlock({ labels, ...props }: PreProps & { labels: SiteMessages['code'] }) {
  const {
    'data-code': code = '',
    'data-title': title,
    'data-language': language,
    'data-terminal': terminal,
    'data-html': html,
    className,
    children,
    ...pre
  } = props;
  const label = title ?? (terminal ? labels.terminal : language);
  const runnable = terminal ? tryLinesOf(code) : [];
  const { copy, copied, copyLabel, copyFailed } = labels;
  const { run, runLine, running, runFailed, browserCookies, noCookies, redactedNote } = labels;
  return (
    <figure className={cardClass({ variant: 'outline', padding: 0, className: 'not-prose overflow-hidden' })} data-terminal={terminal}>
      <figcaption className="flex items-center gap-2 border-b border-line bg-[#efeae2] px-3 py-1.5 dark:border-night-line dark:bg-night-2">
        {terminal ? (
          <span aria-hidden="true" className="flex gap-1.5">
            <span className="size-2.5 rounded-full bg-red-400" />
            <span className="size-2.5 rounded-full bg-amber-400" />
            <span className="size-2.5 rounded-full bg-green-500" />
          </span>
        ) : null}
        <span className="font-mono text-xs font-semibold text-muted dark:text-night-muted">{label}</span>
        <span className="ml-auto">
          <CopyButton code={code} labels={{ copy, copied, copyLabel, copyFailed }} />
        </span>
      </figcaption>
      <pre
        {...pre}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a long line scrolls sideways; keyboard users must be able to reach it (WCAG 2.1.1)
        tabIndex={0}
        className={`${className ?? ''} overflow-x-auto py-3 font-mono text-[0.875rem] leading-relaxed`}
        // Trusted: Shiki's output for the lesson's own source, escaped by Shiki; no user input reaches it.
        {...(html === undefined ? { children } : { dangerouslySetInnerHTML: { __html: html } })}
      />
      {runnable.length > 0 ? (
        <TryRequests
          lines={runnable}
          numbered={code.trim().includes('\n')}
          labels={{ run, runLine, running, runFailed, browserCookies, noCookies, redactedNote }}
        />
      ) : null}
    </figure>
  );
}
