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

/** Plant an ID, log the victim in, let the attacker try the copy. */
export function FixationLab({ locale, labels }: { locale: Locale; labels: LabsMessages }) {
  const t = labels.fixation;
  const { busy, message, post, reset } = useLabAction('fixation', locale, labels.security);
  const [regenerate, setRegenerate] = useState(true);
  const [planted, setPlanted] = useState<string | null>(null);
  const [victim, setVictim] = useState<string | null>(null);
  const [attacker, setAttacker] = useState<{ user: User } | null>(null);

  async function plant() {
    const result = await post<{ sid: string }>({ action: 'plant' });
    if (result) {
      setPlanted(result.sid);
      setVictim(null);
      setAttacker(null);
    }
  }
  async function login() {
    const result = await post<{ sid: string }>({ action: 'login', regenerate });
    if (result) setVictim(result.sid);
  }
  async function tryCopy() {
    if (planted) setAttacker(await post<{ user: User }>({ action: 'attacker', sid: planted }));
  }
  function startOver() {
    return reset(() => {
      setPlanted(null);
      setVictim(null);
      setAttacker(null);
    });
  }

  return (
    <Card className="space-y-4">
      <ProtectionToggle label={t.toggle} checked={regenerate} onChange={setRegenerate} disabled={busy} />
      <ol className="space-y-4">
        <LabStep
          result={
            planted ? (
              <span className="font-mono" data-testid="fixation-planted">
                {format(t.planted, { sid: planted })}
              </span>
            ) : null
          }
        >
          <Button type="button" disabled={busy} onClick={() => void plant()}>
            {t.plant}
          </Button>
        </LabStep>
        <LabStep
          result={
            victim ? (
              <span className="font-mono" data-testid="fixation-victim">
                {format(t.loggedIn, { sid: victim })}
              </span>
            ) : null
          }
        >
          <Button type="button" disabled={busy || planted === null} onClick={() => void login()}>
            {t.login}
          </Button>
        </LabStep>
        <LabStep>
          <Button type="button" disabled={busy || victim === null} onClick={() => void tryCopy()}>
            {t.useCopy}
          </Button>
        </LabStep>
      </ol>
      <LabOutcome
        worked={attacker === null ? null : attacker.user !== null}
        detail={attacker?.user ? format(t.hijacked, { name: attacker.user.displayName }) : t.notHijacked}
        why={attacker === null ? undefined : attacker.user !== null ? t.whyWorked : t.whyFailed}
        labels={labels.security}
      />
      <LabFooter labels={labels.security} busy={busy} message={message} onReset={() => void startOver()} />
    </Card>
  );
}
