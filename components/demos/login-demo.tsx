'use client';

import { Link } from '@/components/site/link';
import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import type { LoginState } from '@/lib/site/lab-actions';
import type { DemoUser } from '@/lib/shop/accounts';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { labFetch, notifyLabRequest } from './lab-fetch';
import { UserSessions } from './user-sessions';
import { useServerTruth } from './use-server-truth';
import { Card } from '@/components/ui/card';
import { Button, buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type AuthAction = (previous: LoginState, form: FormData) => Promise<LoginState>;

/**
 * Login and logout through a server action: a plain form without JavaScript, live feedback with it.
 * `initialUser` is what the server saw; `undefined` (a statically built lesson page) asks the API.
 */
export function LoginDemo({
  locale,
  action,
  initialUser,
  labels,
}: {
  locale: Locale;
  action: AuthAction;
  initialUser?: DemoUser | null;
  labels: SiteMessages['lab'];
}) {
  const initial: LoginState = { status: 'idle', message: '', user: initialUser ?? null };
  const [state, formAction, pending] = useActionState(action, initial);
  // What `/api/demo/me` last said, and for which action state: a newer login or logout wins.
  const [checked, setChecked] = useState<{ readonly state: LoginState; readonly user: DemoUser | null } | null>(null);
  const user = checked && checked.state === state ? checked.user : state.status === 'idle' ? (initialUser ?? null) : state.user;
  const first = useRef(true);

  const readUser = useCallback(
    () =>
      labFetch<{ user: DemoUser | null }>(locale, '/api/demo/me').then((response) => {
        if (response.ok) setChecked({ state, user: response.data?.user ?? null });
      }),
    [locale, state],
  );

  // A statically built lesson page (`initialUser` undefined) asks the API on arrival; later
  // changes come through useServerTruth.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || initialUser !== undefined) return;
    arrived.current = true;
    void readUser();
  }, [initialUser, readUser]);
  useServerTruth(() => void readUser());

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    notifyLabRequest();
  }, [state]);

  return (
    <div className="space-y-6">
      <Card>
        {user ? (
          <>
            <p className="text-xl font-bold" data-testid="greeting">
              {format(labels.greeting, { name: user.displayName })}
            </p>
            <p className="mt-1 text-muted dark:text-night-muted">{format(labels.loggedInAs, { name: user.username })}</p>
            <div className="mt-4 flex flex-wrap gap-3">
              <Link href={`/${locale}/lab/account`} className={buttonClass({ size: 'md', className: 'inline-flex min-h-11 items-center' })}>
                {labels.accountLink}
              </Link>
              <form action={formAction}>
                <input type="hidden" name="intent" value="logout" />
                <Button type="submit" disabled={pending} variant="primary" className="min-h-11">
                  {labels.logout}
                </Button>
              </form>
            </div>
          </>
        ) : (
          <form action={formAction} className="space-y-4">
            <p className="font-semibold">{labels.notLoggedIn}</p>
            <input type="hidden" name="intent" value="login" />
            <label className="block text-sm font-semibold">
              {labels.username}
              <input
                name="username"
                autoComplete="username"
                required
                maxLength={100}
                defaultValue={state.status === 'error' ? (state.username ?? '') : ''}
                className={inputClass}
              />
            </label>
            <label className="block text-sm font-semibold">
              {labels.password}
              <input name="password" type="password" autoComplete="current-password" required maxLength={200} className={inputClass} />
            </label>
            <Button type="submit" disabled={pending} variant="primary" className="min-h-11">
              {pending ? labels.working : labels.login}
            </Button>
          </form>
        )}
        <p
          role="status"
          aria-live="polite"
          data-testid="login-status"
          className={`mt-4 min-h-6 font-semibold ${state.status === 'error' ? 'text-red-800 dark:text-red-300' : 'text-green-800 dark:text-green-300'}`}
        >
          {state.message}
        </p>
      </Card>
      {user ? <UserSessions key={user.username} locale={locale} labels={labels.sessions} /> : null}
      <Card variant="outline" className="border-dashed text-sm">
        <p className="font-semibold">{labels.accounts}</p>
        <ul className="mt-2 space-y-1 font-mono">
          <li>riya / chai-1234</li>
          <li>aman / samosa-1234</li>
        </ul>
      </Card>
    </div>
  );
}
