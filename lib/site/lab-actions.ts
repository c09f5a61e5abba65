'use server';

import { cookies, headers } from 'next/headers';
import { errorMessage } from '@/lib/http/api-errors';
import { loginWith, logoutFrom } from '@/lib/shop/auth-operations';
import type { DemoUser } from '@/lib/shop/accounts';
import { limiterAddress } from '@/lib/http/client-address';
import { siteMessages } from '@/lib/i18n/messages/site';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { withActionSession } from '@/lib/site/next-session';
import { StoreUnavailableError } from '@/lib/session';
import { getSiteSession, SESSION_COOKIE_NAME } from '@/lib/site/session';
import { sessionCreator } from '@/lib/site/session-creations';
import { isEstablishedSession } from '@/lib/site/session-facts';
import { rememberLogin } from '@/lib/shop/user-session-operations';
import { getUserSessionIndex } from '@/lib/site/user-sessions';

export interface LoginState {
  readonly status: 'idle' | 'ok' | 'error' | 'logged-out';
  readonly message: string;
  readonly user: DemoUser | null;
  /**
   * After a refused login, the username as typed, so the form offers it again: React resets a
   * form after its action, and a retry would otherwise fail on an empty required field.
   */
  readonly username?: string;
}

function storeDown(locale: Locale): LoginState {
  return { status: 'error', message: errorMessage({ code: 'store_unavailable' }, locale), user: null };
}

/**
 * The login demo's one action, for both forms (`intent` = login | logout): it works without
 * JavaScript, and with `useActionState` when JavaScript runs.
 */
export async function authAction(locale: Locale, previous: LoginState, form: FormData): Promise<LoginState> {
  if (!isLocale(locale)) throw new Error('lab: unknown locale');
  return form.get('intent') === 'logout' ? logout(locale) : login(locale, form);
}

async function login(locale: Locale, form: FormData): Promise<LoginState> {
  const input = { username: form.get('username'), password: form.get('password') };
  const typed = typeof input.username === 'string' ? input.username.slice(0, 100) : '';
  const requestHeaders = await headers();
  const clientKey = limiterAddress(requestHeaders);
  try {
    return await withActionSession(async (session) => {
      // A login without a session creates one: counted like the API's (see sessionRoute).
      const hadSession = isEstablishedSession(session, requestHeaders, getSiteSession());
      const creator = hadSession ? null : sessionCreator(requestHeaders);
      if (creator !== null && !creator.decision.allowed) {
        session.unset();
        const error = { code: 'too_many_sessions', params: { retryAfterSeconds: creator.decision.retryAfterSeconds } } as const;
        return { status: 'error', message: errorMessage(error, locale), user: null, username: typed } as const;
      }
      const result = await loginWith(session, input, clientKey);
      if (!result.ok) return { status: 'error', message: errorMessage(result.error, locale), user: null, username: typed } as const;
      await rememberLogin(session, getUserSessionIndex(), requestHeaders.get('user-agent'));
      creator?.record();
      // "Old and new sid" only when this browser had an old one to compare with.
      const { loginOk, loginOkNew } = siteMessages(locale).lab;
      return { status: 'ok', message: hadSession ? loginOk : loginOkNew, user: result.value.user } as const;
    });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { ...storeDown(locale), username: typed };
    throw error;
  }
}

/** Logout: the store entry is destroyed and the browser's cookie cleared. */
async function logout(locale: Locale): Promise<LoginState> {
  try {
    await withActionSession((session) => logoutFrom(session));
  } catch (error) {
    if (error instanceof StoreUnavailableError) return storeDown(locale);
    throw error;
  }
  (await cookies()).set({ name: SESSION_COOKIE_NAME, value: '', path: '/', expires: new Date(0), httpOnly: true, sameSite: 'lax' });
  return { status: 'logged-out', message: siteMessages(locale).lab.logoutOk, user: null };
}
