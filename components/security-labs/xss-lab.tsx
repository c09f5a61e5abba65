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

/** What the pretend injected script does first: read every cookie the page's JavaScript may see. */
function injectedScript(): string {
  return document.cookie;
}

/** Log in with HttpOnly off or on, run the "injected script", replay what it stole. */
export function XssLab({ locale, labels }: { locale: Locale; labels: LabsMessages }) {
  const t = labels.xss;
  const { busy, message, post, reset } = useLabAction('xss', locale, labels.security);
  const [httpOnly, setHttpOnly] = useState(true);
  const [loggedIn, setLoggedIn] = useState<boolean | null>(null);
  const [stolen, setStolen] = useState<string | null>(null);
  const [attacker, setAttacker] = useState<{ user: User } | null>(null);

  async function login() {
    const result = await post<{ httpOnly: boolean }>({ action: 'login', httpOnly });
    if (result) {
      setLoggedIn(result.httpOnly);
      setStolen(null);
      setAttacker(null);
    }
  }
  async function replay() {
    if (stolen !== null) setAttacker(await post<{ user: User }>({ action: 'hijack', stolen }));
  }
  function startOver() {
    return reset(() => {
      setLoggedIn(null);
      setStolen(null);
      setAttacker(null);
    });
  }

  return (
    <Card className="space-y-4">
      <ProtectionToggle label={t.toggle} checked={httpOnly} onChange={setHttpOnly} disabled={busy} />
      <ol className="space-y-4">
        <LabStep result={loggedIn === null ? null : format(t.loggedIn, { flag: loggedIn ? t.withHttpOnly : t.withoutHttpOnly })}>
          <Button type="button" disabled={busy} onClick={() => void login()}>
            {t.login}
          </Button>
        </LabStep>
        <LabStep
          result={
            stolen === null ? null : (
              <>
                {t.scriptRead}{' '}
                <code className="font-mono" data-testid="stolen-cookies">
                  {stolen || t.nothingRead}
                </code>
              </>
            )
          }
        >
          <Button type="button" disabled={busy || loggedIn === null} onClick={() => setStolen(injectedScript())}>
            {t.runScript}
          </Button>
        </LabStep>
        <LabStep>
          <Button type="button" disabled={busy || stolen === null} onClick={() => void replay()}>
            {t.send}
          </Button>
        </LabStep>
      </ol>
      <LabOutcome
        worked={attacker === null ? null : attacker.user !== null}
        detail={attacker?.user ? format(t.hijacked, { name: attacker.user.displayName }) : t.notHijacked}
        labels={labels.security}
      />
      <LabFooter labels={labels.security} busy={busy} message={message} onReset={() => void startOver()} />
    </Card>
  );
}
