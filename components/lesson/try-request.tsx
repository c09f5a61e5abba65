'use client';

import { useState } from 'react';
import { notifyLabRequest } from '@/components/demos/lab-fetch';
import { Button } from '@/components/ui/button';
import { formatLikeCurl } from '@/lib/course/curl-output';
import { isSiteApiPath, type TryLine } from '@/lib/course/curl-request';
import { format } from '@/lib/i18n/format';
import { decodeSetCookieEcho, SET_COOKIE_ECHO_HEADER, TRY_HEADER } from '@/lib/http/try-header';

export interface TryLabels {
  run: string;
  runLine: string;
  running: string;
  runFailed: string;
  browserCookies: string;
  noCookies: string;
  redactedNote: string;
}

type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly output: string; readonly redacted: boolean }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The "run it here" buttons under a lesson's terminal block: one per command a page can send
 * (lib/course/curl-request.ts chose them on the server), each answering right under itself as
 * `curl -i` would print it.
 */
export function TryRequests({ lines, numbered, labels }: { lines: readonly TryLine[]; numbered: boolean; labels: TryLabels }) {
  return (
    <ul className="space-y-2 border-t border-line px-3 py-2 dark:border-night-line" data-print-omit data-testid="try-requests">
      {lines.map((line) => (
        <li key={line.line}>
          <TryRequestLine line={line} numbered={numbered} labels={labels} />
        </li>
      ))}
    </ul>
  );
}

function TryRequestLine({ line: { line, request }, numbered, labels }: { line: TryLine; numbered: boolean; labels: TryLabels }) {
  const [state, setState] = useState<RunState>({ kind: 'idle' });

  async function run() {
    // The server already kept only this site's /api paths; the page checks again before sending.
    if (!isSiteApiPath(request.path)) return;
    const url = new URL(request.path, window.location.origin);
    if (url.origin !== window.location.origin) return;
    setState({ kind: 'running' });
    try {
      const headers = new Headers(request.headers.map(([name, value]) => [name, value] as [string, string]));
      headers.set(TRY_HEADER, '1');
      // Not apiFetch: this shows the raw answer (status, headers, body as sent), not parsed JSON,
      // and sends exactly the command's headers (no locale header of our own).
      const response = await fetch(url, {
        method: request.method,
        headers,
        body: request.body ?? undefined,
        credentials: request.cookies === 'browser' ? 'same-origin' : 'omit',
        cache: 'no-store',
        redirect: 'manual',
      });
      const body = await response.text();
      const setCookies = decodeSetCookieEcho(response.headers.get(SET_COOKIE_ECHO_HEADER)) ?? [];
      const output = formatLikeCurl({
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        setCookies,
        body,
      });
      setState({ kind: 'done', output, redacted: setCookies.some((cookie) => cookie.includes('…')) });
      // The lesson's inspector and demos read the server again; a write may have changed the session.
      notifyLabRequest(request.method === 'GET' ? 'read' : 'experiment');
    } catch (error) {
      setState({ kind: 'failed', message: format(labels.runFailed, { message: error instanceof Error ? error.message : String(error) }) });
    }
  }

  const name = numbered ? format(labels.runLine, { line }) : labels.run;
  return (
    <div>
      <Button
        type="button"
        onClick={() => void run()}
        disabled={state.kind === 'running'}
        className="inline-flex flex-wrap items-center gap-x-2 text-left"
      >
        {/* Drawn, not the ▶ character: Noto Sans has no glyph for it, and a fallback font would differ by device. */}
        <svg aria-hidden="true" viewBox="0 0 10 12" className="h-3 w-2.5 fill-current">
          <path d="M0 0 10 6 0 12Z" />
        </svg>
        <span>{state.kind === 'running' ? labels.running : name}</span>{' '}
        <code className="font-mono text-xs font-normal">
          {request.method} {request.path}
        </code>
      </Button>
      {/* A screen reader hears the status line; the whole answer is there to read, not announced. */}
      <p className="sr-only" aria-live="polite">
        {state.kind === 'done' ? state.output.slice(0, state.output.indexOf('\n')) : ''}
      </p>
      {state.kind === 'done' ? (
        <div className="mt-2">
          <pre
            data-testid="try-response"
            className="rounded-md bg-black/5 p-2 font-mono text-xs leading-relaxed whitespace-pre-wrap wrap-anywhere dark:bg-white/10"
          >
            {state.output}
          </pre>
          <p className="mt-1 text-xs text-muted dark:text-night-muted">
            {request.cookies === 'browser' ? labels.browserCookies : labels.noCookies}
            {state.redacted ? ` ${labels.redactedNote}` : ''}
          </p>
        </div>
      ) : state.kind === 'failed' ? (
        <p className="mt-2 text-sm text-red-700 dark:text-red-300" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
