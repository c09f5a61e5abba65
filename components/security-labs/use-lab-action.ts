'use client';

import { useState } from 'react';
import { labFetch } from '@/components/demos/lab-fetch';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { labApiPath, type SecurityLab } from '@/lib/security-labs/catalog';
import type { LabsMessages } from '@/lib/i18n/messages/labs';

/** `POST /api/lab/security/<lab>` with `{action, …}`, with a busy flag and the API's message on failure. */
export function useLabAction(lab: SecurityLab, locale: Locale, labels: LabsMessages['security']) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function post<T>(body: { action: string } & Record<string, unknown>): Promise<T | null> {
    setBusy(true);
    const response = await labFetch<T>(locale, labApiPath(lab), { method: 'POST', body });
    setBusy(false);
    setMessage(response.data ? '' : format(labels.error, { message: response.message ?? String(response.status) }));
    return response.data;
  }

  /** `{action: 'reset', …extra}`; when it worked, `clear` empties the lab's state and the message says so. */
  async function reset(clear: () => void, extra: Record<string, unknown> = {}): Promise<void> {
    if (await post({ action: 'reset', ...extra })) {
      clear();
      setMessage(labels.resetDone);
    }
  }

  return { busy, message, post, reset };
}
