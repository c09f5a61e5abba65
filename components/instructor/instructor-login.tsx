'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { apiFetch } from '@/components/ui/api-fetch';
import type { Locale } from '@/lib/i18n/locales';
import { Card } from '@/components/ui/card';

/** The token form; on success the page reloads its server part and shows the dashboard. */
export function InstructorLogin({ locale, strings: t }: { locale: Locale; strings: InstructorMessages }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget).get('token') ?? '');
    setPending(true);
    setError('');
    const response = await apiFetch(locale, '/api/instructor/login', { method: 'POST', body: { token } });
    setPending(false);
    if (response.ok) {
      router.refresh();
      return;
    }
    // A refusal says why in the learner's language; no answer at all (status 0) is "offline".
    setError(response.status === 0 ? t.offline : (response.message ?? t.offline));
  }

  return (
    <Card as="section" aria-labelledby="instructor-login-title" className="mt-8 max-w-xl">
      <h2 id="instructor-login-title" className="text-xl font-bold">
        {t.loginTitle}
      </h2>
      <p className="mt-2 text-muted dark:text-night-muted">{t.loginLead}</p>
      <form onSubmit={submit} className="mt-4 flex flex-col gap-3">
        <label htmlFor="instructor-token" className="font-semibold">
          {t.tokenLabel}
        </label>
        <input
          id="instructor-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          className="rounded-md border border-line bg-paper px-3 py-2 font-mono dark:border-night-line dark:bg-night"
        />
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded-md bg-accent px-4 py-2 font-semibold text-white disabled:opacity-70 dark:bg-night-accent dark:text-night"
        >
          {pending ? t.loggingIn : t.loginButton}
        </button>
        <p role="status" aria-live="polite" className="min-h-6 font-semibold text-red-800 dark:text-red-300">
          {error}
        </p>
      </form>
    </Card>
  );
}
