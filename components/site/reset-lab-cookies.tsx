'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/components/ui/api-fetch';
import type { Locale } from '@/lib/i18n/locales';

export interface ResetLabCookiesLabels {
  readonly resetCookies: string;
  readonly resetCookiesLead: string;
  readonly resetCookiesDone: string;
}

/** The lab index's "reset my lab cookies": one request that clears every lab's cookies. */
export function ResetLabCookies({ locale, labels }: { locale: Locale; labels: ResetLabCookiesLabels }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function reset() {
    setBusy(true);
    setStatus('');
    const response = await apiFetch<{ reset: true }>(locale, '/api/lab/reset-cookies', { method: 'POST' });
    setStatus(response.ok ? labels.resetCookiesDone : (response.message ?? ''));
    setBusy(false);
  }

  return (
    <div className="mt-10 max-w-3xl">
      <p className="text-muted dark:text-night-muted">{labels.resetCookiesLead}</p>
      <Button type="button" className="mt-3" disabled={busy} onClick={() => void reset()}>
        {labels.resetCookies}
      </Button>
      <p role="status" className="mt-2 min-h-6">
        {status}
      </p>
    </div>
  );
}
