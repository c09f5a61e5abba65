'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { InlineCode } from '@/components/lesson/inline-code';
import type { InspectedEvent, InspectView } from '@/lib/inspector/view';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import { groupIndian } from '@/lib/shop/money';
import { countdown, parseSetCookieHeader } from '@/lib/inspector/set-cookie';
import type { EntryDiff } from '@/lib/inspector/store-diff';
import { TextIcon } from '@/components/ui/icon';

type Labels = SiteMessages['inspector'];

export function Section({
  title,
  children,
  testId,
  section,
}: {
  title: string;
  children: React.ReactNode;
  testId: string;
  /** The name a change lands on (`ChangedSection`), when it is one. */
  section?: string;
}) {
  return (
    <details
      open
      className="group scroll-mt-36 border-t border-line py-1 dark:border-night-line"
      data-testid={testId}
      data-section={section}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center font-bold [&::-webkit-details-marker]:hidden">
        <TextIcon name="caret" className="mr-1 transition-transform group-open:rotate-90" />
        {title}
      </summary>
      <div className="mt-1 mb-2 space-y-2 text-sm">{children}</div>
    </details>
  );
}

const mono = 'font-mono text-[0.8rem] wrap-anywhere';

const noSubscription = () => () => {};

/** `document.cookie` as this page sees it; read on every render of the inspector (after each refresh). */
export function BrowserSection({ labels }: { labels: Labels }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const cookies = inBrowser ? document.cookie : null;
  return (
    <Section title={labels.browser} testId="inspector-browser">
      <p>
        <InlineCode text={labels.browserSees} />
      </p>
      <p className={`${mono} rounded bg-black/5 p-2 dark:bg-white/5`} data-testid="document-cookie">
        {cookies === null ? '…' : cookies || labels.browserNone}
      </p>
      <p className="text-muted dark:text-night-muted">
        <InlineCode text={labels.httpOnlyNote} />
      </p>
    </Section>
  );
}

function reasonText(labels: Labels, reason: string | null): string {
  switch (reason) {
    case 'no-cookie':
      return labels.reasons.noCookie;
    case 'bad-signature':
      return labels.reasons.badSignature;
    case 'unknown-sid':
      return labels.reasons.unknownSid;
    case 'expired':
      return labels.reasons.expired;
    default:
      return reason ?? '';
  }
}

/**
 * Whether the server accepted the cookie. No cookie at all is not a rejection (a first visit,
 * or after "forget"): it is said plainly, without the red cross.
 */
function Verdict({ view, labels }: { view: InspectView; labels: Labels }) {
  const cookie = view.sessionCookie;
  if (cookie.valid && view.entry)
    return (
      <p className="font-semibold text-green-800 dark:text-green-300" data-testid="cookie-verdict">
        <TextIcon name="check" /> {labels.valid}
      </p>
    );
  if (cookie.value === null)
    return (
      <p className="font-semibold text-muted dark:text-night-muted" data-testid="cookie-verdict">
        {labels.noCookieYet}
      </p>
    );
  return (
    <p className="font-semibold text-red-800 dark:text-red-300" data-testid="cookie-verdict">
      <TextIcon name="cross" /> {format(labels.invalid, { reason: reasonText(labels, view.entryReason ?? cookie.reason) })}
    </p>
  );
}

export function RequestSection({ view, labels }: { view: InspectView; labels: Labels }) {
  const cookie = view.sessionCookie;
  return (
    <Section title={labels.request} testId="inspector-request" section="request">
      <p>
        <InlineCode text={labels.cookieHeader} />
      </p>
      <p className={`${mono} rounded bg-black/5 p-2 dark:bg-white/5`}>{view.cookieHeader ?? labels.noCookieHeader}</p>
      {cookie.value !== null ? (
        <>
          <p>{labels.decoded}</p>
          <p className={mono} data-testid="decoded-cookie">
            <span title={labels.prefix} className="rounded bg-sky-100 px-1 text-sky-900 dark:bg-sky-950 dark:text-sky-200">
              {cookie.prefix ?? '?'}
            </span>
            <span
              title={labels.sid}
              className="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
              data-testid="cookie-sid"
            >
              {cookie.sid ?? cookie.value}
            </span>
            {cookie.signature !== null ? (
              <>
                .
                <span
                  title={labels.signature}
                  className="rounded bg-violet-100 px-1 text-violet-900 dark:bg-violet-950 dark:text-violet-200"
                >
                  {cookie.signature}
                </span>
              </>
            ) : null}
          </p>
          <p className="flex flex-wrap gap-3 text-xs text-muted dark:text-night-muted" aria-hidden="true">
            <span>
              <TextIcon name="square" /> {labels.prefix}
            </span>
            <span>
              <TextIcon name="square" /> {labels.sid}
            </span>
            <span>
              <TextIcon name="square" /> {labels.signature}
            </span>
          </p>
          <p className="text-xs text-muted dark:text-night-muted" data-testid="inspector-shortened-note">
            <InlineCode text={labels.shortenedNote} />
          </p>
        </>
      ) : null}
      <Verdict view={view} labels={labels} />
    </Section>
  );
}

function noCookieReason(labels: Labels, reason: string | null): string {
  const reasons = labels.setCookieReasons;
  switch (reason) {
    case 'not-modified':
    case 'browser-session-cookie-unchanged':
      return reasons.notModified;
    case 'save-uninitialized-off':
      return reasons.saveUninitializedOff;
    case 'secure-over-http':
      return reasons.secureOverHttp;
    case 'outside-cookie-path':
      return reasons.outsideCookiePath;
    case 'destroyed':
    case 'unset':
      return reasons.destroyed;
    default:
      return format(reasons.other, { code: reason ?? '—' });
  }
}

function attributeHelp(labels: Labels, name: string): string | null {
  const map: Record<string, string> = {
    httponly: labels.attributes.httpOnly,
    secure: labels.attributes.secure,
    samesite: labels.attributes.sameSite,
    path: labels.attributes.path,
    expires: labels.attributes.expires,
    'max-age': labels.attributes.maxAge,
    domain: labels.attributes.domain,
  };
  return map[name.toLowerCase()] ?? null;
}

function Countdown({ target, labels }: { target: Date; labels: Labels }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <span className="font-mono tabular-nums">{format(labels.expiresIn, { time: countdown(target, now) })}</span>;
}

export function ResponseSection({ events, labels }: { events: readonly InspectedEvent[]; labels: Labels }) {
  const latest = events[0];
  const header = latest?.setCookie ?? null;
  const parts = header && latest ? parseSetCookieHeader(header, new Date(latest.time)) : null;
  return (
    <Section title={labels.response} testId="inspector-response">
      {!latest ? (
        <p className="text-muted dark:text-night-muted">{labels.timelineEmpty}</p>
      ) : header && parts ? (
        <>
          <p>
            <InlineCode text={labels.lastSetCookie} />
          </p>
          <p className={`${mono} rounded bg-black/5 p-2 dark:bg-white/5`} data-testid="last-set-cookie">
            {header}
          </p>
          <ul className="space-y-1">
            {parts.attributes.map((attribute) => (
              <li key={attribute.name}>
                <code className="font-mono font-semibold">
                  {attribute.name}
                  {attribute.value !== null ? `=${attribute.value}` : ''}
                </code>
                {attributeHelp(labels, attribute.name) ? (
                  <span className="text-muted dark:text-night-muted"> — {attributeHelp(labels, attribute.name)}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="font-semibold">
            {parts.clears ? labels.clears : parts.expiresAt ? <Countdown target={parts.expiresAt} labels={labels} /> : labels.sessionCookie}
          </p>
        </>
      ) : (
        <p data-testid="no-set-cookie">
          <InlineCode text={format(labels.noSetCookie, { reason: noCookieReason(labels, latest.noSetCookieReason) })} />
        </p>
      )}
    </Section>
  );
}

function tone(key: string, diff: EntryDiff): string {
  if (diff.added.includes(key)) return 'bg-green-100 dark:bg-green-950';
  if (diff.changed.includes(key)) return 'bg-amber-100 dark:bg-amber-950';
  return '';
}

/**
 * Whether the entry that disappeared from view was deleted from the store (expire, logout), or
 * only lost by the browser (forget, tamper), which leaves it in the store until it expires.
 */
function entryDeleted(view: InspectView, forgotten: boolean): boolean {
  const reason = view.entryReason ?? view.sessionCookie.reason;
  if (reason === 'bad-signature') return false;
  return !(forgotten && reason === 'no-cookie');
}

export function StoreSection({
  view,
  diff,
  forgotten,
  labels,
}: {
  view: InspectView;
  diff: EntryDiff;
  /** The browser dropped its cookie on purpose ("forget"): the entry is still in the store. */
  forgotten: boolean;
  labels: Labels;
}) {
  const entry = view.entry;
  return (
    <Section title={labels.store} testId="inspector-store" section="store">
      <p className="text-muted dark:text-night-muted" data-testid="store-kind">
        {format(labels.storeKind, { kind: view.store.kind, count: groupIndian(view.store.size) })}
      </p>
      {view.store.full && view.store.maxEntries !== null ? (
        <p className="rounded bg-amber-50 p-2 font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-testid="store-full">
          {format(labels.storeFull, {
            count: groupIndian(view.store.size),
            max: groupIndian(view.store.maxEntries),
            evicted: groupIndian(view.store.evicted),
          })}
        </p>
      ) : null}
      {entry ? (
        <pre
          className={`${mono} overflow-x-auto rounded bg-black/5 p-2 whitespace-pre-wrap dark:bg-white/5`}
          data-testid="store-entry"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a long entry scrolls; keyboard users must reach it
          tabIndex={0}
        >
          {'{\n'}
          {Object.entries(entry).map(([key, value], index, all) => (
            <span
              key={key}
              className={`block ${tone(key, diff)}`}
              data-key={key}
              data-change={diff.added.includes(key) ? 'added' : diff.changed.includes(key) ? 'changed' : undefined}
            >
              {`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${index < all.length - 1 ? ',' : ''}`}
            </span>
          ))}
          {'}'}
        </pre>
      ) : (
        <p data-testid="store-entry-none">{labels.noEntry}</p>
      )}
      {diff.removed.length > 0 ? (
        <p className="rounded bg-red-100 px-2 py-1 dark:bg-red-950" data-testid="removed-keys">
          {format(entryDeleted(view, forgotten) ? labels.removedKeys : labels.detachedKeys, { keys: diff.removed.join(', ') })}
        </p>
      ) : null}
      <p className="flex gap-3 text-xs">
        <span className="rounded bg-green-100 px-1 dark:bg-green-950">{labels.legendAdded}</span>
        <span className="rounded bg-amber-100 px-1 dark:bg-amber-950">{labels.legendChanged}</span>
        <span className="rounded bg-red-100 px-1 dark:bg-red-950">{labels.legendRemoved}</span>
      </p>
    </Section>
  );
}

export function TimelineSection({ events, labels }: { events: readonly InspectedEvent[]; labels: Labels }) {
  return (
    <Section title={labels.timeline} testId="inspector-timeline">
      {events.length === 0 ? (
        <p className="text-muted dark:text-night-muted">{labels.timelineEmpty}</p>
      ) : (
        <ol className="space-y-1.5">
          {events.map((event, index) => (
            <li key={`${event.time}-${index}`} className="rounded border border-line px-2 py-1 dark:border-night-line">
              <p className="font-mono text-xs">
                <span className="font-bold">{event.method}</span> {event.path}{' '}
                {event.status !== null ? <span>→ {event.status}</span> : null}
              </p>
              <p className="text-xs text-muted dark:text-night-muted">
                {event.cookieSent ? labels.cookieSentShort : labels.noCookieShort}
                {event.setCookie ? ` · ${labels.setCookieShort}` : ''}
                {event.storeOperations.map((operation, opIndex) => (
                  <span key={opIndex} title={labels.operations[operation.op]}>
                    {opIndex === 0 ? ' · ' : ', '}
                    {operation.op}
                  </span>
                ))}
                {event.sidBefore && event.sidAfter && event.sidBefore !== event.sidAfter
                  ? ` · ${labels.newSid}: ${event.sidBefore.slice(0, 6)}… → ${event.sidAfter.slice(0, 6)}…`
                  : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
      <details className="group/legend text-xs" data-testid="timeline-legend">
        <summary className="flex min-h-11 cursor-pointer list-none items-center font-semibold [&::-webkit-details-marker]:hidden">
          <TextIcon name="caret" className="mr-1 transition-transform group-open/legend:rotate-90" />
          {labels.timelineLegend}
        </summary>
        <ul className="space-y-0.5">
          {(['get', 'set', 'touch', 'destroy'] as const).map((op) => (
            <li key={op}>
              <code className="font-mono font-semibold">{op}</code>: {labels.operations[op]}
            </li>
          ))}
        </ul>
      </details>
    </Section>
  );
}
