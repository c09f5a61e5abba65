'use client';

import { useEffect, useId, useState } from 'react';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import { browserSignSessionId, browserVerify, type BrowserVerification } from '@/lib/course/browser-signature';
import { TextIcon } from '@/components/ui/icon';
import { Card } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';

function randomSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

const field = `${inputClass} font-mono text-sm`;

/** Sign a session ID with a secret, then tamper with the result and watch verification fail. */
export function SignaturePlayground({ labels }: { labels: SiteMessages['widgets']['signature'] }) {
  const id = useId();
  const [sid, setSid] = useState('Xq3v9LrT2mWc8YpKd7FhZa1b');
  const [secret, setSecret] = useState('chai-secret-2026');
  const [oldSecret, setOldSecret] = useState('');
  const [signed, setSigned] = useState('');
  const [cookie, setCookie] = useState('');
  const [check, setCheck] = useState<BrowserVerification | null>(null);

  useEffect(() => {
    let current = true;
    void browserSignSessionId(sid, secret || ' ').then((value) => {
      if (!current) return;
      setSigned(value);
      setCookie(value);
    });
    return () => {
      current = false;
    };
  }, [sid, secret]);

  useEffect(() => {
    let current = true;
    void browserVerify(cookie, [secret, oldSecret]).then((result) => current && setCheck(result));
    return () => {
      current = false;
    };
  }, [cookie, secret, oldSecret]);

  const verdict = !check
    ? ''
    : !check.parts
      ? labels.malformed
      : check.secretIndex === 0
        ? format(labels.validWith, { n: 1 })
        : check.secretIndex === 1
          ? labels.validOld
          : labels.invalid;
  const ok = (check?.secretIndex ?? -1) >= 0;

  return (
    <Card as="section" aria-labelledby={`${id}-title`} data-widget="signature-playground">
      <h3 id={`${id}-title`} className="!mt-0 text-lg font-bold">
        {labels.title}
      </h3>
      <p className="mt-1 text-sm text-muted dark:text-night-muted">{labels.computedIn}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <label className="block text-sm font-semibold">
          {labels.sessionId}
          <input className={field} value={sid} onChange={(e) => setSid(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        <div className="flex items-end">
          <button
            type="button"
            onClick={() => setSid(randomSessionId())}
            className="rounded-md border border-line px-3 py-2 text-sm font-semibold hover:bg-accent-soft dark:border-night-line dark:hover:bg-night"
          >
            {labels.newId}
          </button>
        </div>
        <label className="block text-sm font-semibold">
          {labels.secret}
          <input className={field} value={secret} onChange={(e) => setSecret(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        <label className="block text-sm font-semibold">
          {labels.oldSecret}
          <input className={field} value={oldSecret} onChange={(e) => setOldSecret(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
      </div>
      <dl className="mt-4 grid gap-2 text-sm">
        <div>
          <dt className="font-semibold">{labels.signed}</dt>
          <dd className="mt-1 font-mono wrap-anywhere" data-testid="signed-value">
            <span className="rounded bg-sky-100 px-1 text-sky-900 dark:bg-sky-950 dark:text-sky-200" title={labels.partsPrefix}>
              s:
            </span>
            <span className="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200" title={labels.partsSid}>
              {sid}
            </span>
            .
            <span
              className="rounded bg-violet-100 px-1 text-violet-900 dark:bg-violet-950 dark:text-violet-200"
              title={labels.partsSignature}
            >
              {signed.slice(signed.lastIndexOf('.') + 1)}
            </span>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{labels.inCookie}</dt>
          <dd className="mt-1 font-mono wrap-anywhere">{encodeURIComponent(signed)}</dd>
        </div>
      </dl>
      <h4 className="mt-5 font-bold">{labels.check}</h4>
      <label className="mt-2 block text-sm font-semibold">
        {labels.cookieValue}
        <input
          className={field}
          value={cookie}
          onChange={(e) => setCookie(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
        />
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-muted dark:text-night-muted">
        {labels.checkHint}
      </p>
      <p
        role="status"
        aria-live="polite"
        className={`mt-3 font-semibold ${ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
      >
        {verdict ? (
          <>
            <TextIcon name={ok ? 'check' : 'cross'} /> {verdict}
          </>
        ) : null}
      </p>
    </Card>
  );
}
