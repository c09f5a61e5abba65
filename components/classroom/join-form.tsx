'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { ClassroomMessages } from '@/lib/i18n/messages/classroom';
import { apiFetch } from '@/components/ui/api-fetch';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';
import { Link } from '@/components/site/link';
import { setJoined } from './membership';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/**
 * The student's join form: a nickname, kept in her session by `POST /api/class/join`. Once in,
 * the same form changes the nickname, and one button leaves the class.
 */
export function JoinForm({
  locale,
  initialNickname,
  strings: t,
}: {
  locale: Locale;
  initialNickname: string | null;
  strings: ClassroomMessages;
}) {
  const [nickname, setNickname] = useState(initialNickname);
  const [draft, setDraft] = useState(initialNickname ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  // The server is the truth: joined in another tab, or the session is gone.
  useEffect(() => setJoined(initialNickname !== null), [initialNickname]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const response = await apiFetch<{ nickname: string }>(locale, '/api/class/join', { method: 'POST', body: { nickname: draft } });
    setBusy(false);
    if (response.ok && response.data) {
      const wasIn = nickname !== null;
      setNickname(response.data.nickname);
      setDraft(response.data.nickname);
      setJoined(true);
      setStatus({ tone: 'ok', text: format(wasIn ? t.saved : t.joinedAs, { nickname: response.data.nickname }) });
    } else {
      setStatus({ tone: 'error', text: response.status === 400 ? t.invalidNickname : (response.message ?? t.failed) });
    }
  }

  async function leave() {
    setBusy(true);
    const response = await apiFetch(locale, '/api/class/join', { method: 'DELETE' });
    setBusy(false);
    if (!response.ok) {
      setStatus({ tone: 'error', text: response.message ?? t.failed });
      return;
    }
    setNickname(null);
    setJoined(false);
    setStatus({ tone: 'ok', text: t.left });
  }

  return (
    <Card className="mt-6 max-w-xl">
      {nickname !== null ? (
        <p className="text-xl font-bold" data-testid="joined-as">
          {format(t.joinedAs, { nickname })}
        </p>
      ) : null}
      <form onSubmit={submit} className={nickname !== null ? 'mt-4' : ''} noValidate>
        <label htmlFor="nickname" className="block font-semibold">
          {nickname === null ? t.nicknameLabel : t.changeTitle}
        </label>
        <input
          id="nickname"
          name="nickname"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="nickname"
          autoCapitalize="words"
          maxLength={48}
          required
          aria-describedby="nickname-hint"
          className={`${inputClass} text-lg`}
        />
        <p id="nickname-hint" className="mt-1 text-sm text-muted dark:text-night-muted">
          {t.nicknameHint}
        </p>
        <Button type="submit" variant="primary" disabled={busy} className="mt-3">
          {busy ? t.joining : nickname === null ? t.joinButton : t.saveButton}
        </Button>
      </form>
      <p
        role="status"
        aria-live="polite"
        data-testid="join-status"
        className={`mt-3 min-h-6 font-semibold ${status?.tone === 'error' ? 'text-red-800 dark:text-red-300' : 'text-green-800 dark:text-green-300'}`}
      >
        {status?.text ?? ''}
      </p>
      {nickname !== null ? (
        <div className="mt-2 flex flex-wrap gap-3">
          <Link href={`/${locale}/learn`} className={buttonClass({ variant: 'primary', size: 'md' })}>
            {t.startCourse}
          </Link>
          <Button type="button" onClick={leave} disabled={busy}>
            {t.leaveButton}
          </Button>
        </div>
      ) : null}
      <p className="mt-4 text-sm text-muted dark:text-night-muted">{t.whatTeacherSees}</p>
    </Card>
  );
}
