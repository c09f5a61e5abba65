'use client';

import { useState } from 'react';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import { LabOutcome, LabStep, ProtectionToggle, LabFooter } from './lab-controls';
import { useLabAction } from './use-lab-action';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

type User = { username: string; displayName: string } | null;
interface Copies {
  store: string;
  sealed: string;
}
interface ReplayResult {
  store: { user: User };
  sealed: { user: User };
}

/** Log in to both kinds of session, log out, replay the copies. */
export function ReplayLab({ locale, labels }: { locale: Locale; labels: LabsMessages }) {
  const t = labels.replay;
  const { busy, message, post, reset } = useLabAction('replay', locale, labels.security);
  const [revoke, setRevoke] = useState(false);
  const [copies, setCopies] = useState<Copies | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);
  const [result, setResult] = useState<ReplayResult | null>(null);

  async function login() {
    const answer = await post<{ copies: Copies }>({ action: 'login' });
    if (answer) {
      setCopies(answer.copies);
      setLoggedOut(false);
      setResult(null);
    }
  }
  async function logout() {
    if (await post({ action: 'logout', revoke })) setLoggedOut(true);
  }
  async function replay() {
    if (copies) setResult(await post<ReplayResult>({ action: 'replay', ...copies }));
  }
  function startOver() {
    return reset(() => {
      setCopies(null);
      setLoggedOut(false);
      setResult(null);
    });
  }

  const verdict = (user: User) => (user ? format(t.accepted, { name: user.displayName }) : t.refused);

  return (
    <Card className="space-y-4">
      <ProtectionToggle label={t.toggle} checked={revoke} onChange={setRevoke} disabled={busy} />
      <ol className="space-y-4">
        <LabStep result={copies ? t.copied : null}>
          <Button type="button" disabled={busy} onClick={() => void login()}>
            {t.login}
          </Button>
        </LabStep>
        <LabStep result={loggedOut ? t.loggedOut : null}>
          <Button type="button" disabled={busy || copies === null || loggedOut} onClick={() => void logout()}>
            {t.logout}
          </Button>
        </LabStep>
        <LabStep
          result={
            result ? (
              <dl className="grid gap-1 sm:grid-cols-2">
                <dt className="font-semibold">{t.storeLabel}</dt>
                <dd data-testid="replay-store">{verdict(result.store.user)}</dd>
                <dt className="font-semibold">{t.sealedLabel}</dt>
                <dd data-testid="replay-sealed">{verdict(result.sealed.user)}</dd>
              </dl>
            ) : null
          }
        >
          <Button type="button" disabled={busy || !loggedOut} onClick={() => void replay()}>
            {t.replay}
          </Button>
        </LabStep>
      </ol>
      <LabOutcome
        worked={result === null ? null : result.sealed.user !== null || result.store.user !== null}
        detail={result ? `${t.sealedLabel}: ${verdict(result.sealed.user)}` : ''}
        labels={labels.security}
      />
      <LabFooter labels={labels.security} busy={busy} message={message} onReset={() => void startOver()} />
    </Card>
  );
}
