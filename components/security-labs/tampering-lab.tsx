'use client';

import { useId, useState } from 'react';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatRupees } from '@/lib/shop/money';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import { cheapen, TAMPER_KINDS, type TamperKind } from '@/lib/security-labs/tamper-edit';
import { LabOutcome, LabStep, LabFooter } from './lab-controls';
import { useLabAction } from './use-lab-action';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

const START_TOTAL_PAISE = 4_000;

/** Put a cart into three kinds of cookie, edit one, check out. */
export function TamperingLab({ locale, labels }: { locale: Locale; labels: LabsMessages }) {
  const t = labels.tampering;
  const id = useId();
  const { busy, message, post, reset } = useLabAction('tampering', locale, labels.security);
  const [kind, setKind] = useState<TamperKind>('signed');
  const [values, setValues] = useState<Record<TamperKind, string> | null>(null);
  const [draft, setDraft] = useState('');
  const [result, setResult] = useState<{ accepted: boolean; totalPaise: number | null } | null>(null);
  const kindLabel: Record<TamperKind, string> = { plain: t.plainLabel, signed: t.signedLabel, sealed: t.sealedLabel };

  function choose(next: TamperKind) {
    setKind(next);
    setDraft(values?.[next] ?? '');
    setResult(null);
  }
  async function start() {
    const answer = await post<{ values: Record<TamperKind, string> }>({ action: 'start' });
    if (answer) {
      setValues(answer.values);
      setDraft(answer.values[kind]);
      setResult(null);
    }
  }
  async function save() {
    const answer = await post<{ value: string }>({ action: 'edit', kind, value: draft });
    if (answer && values) setValues({ ...values, [kind]: answer.value });
  }
  async function checkout() {
    setResult(await post<{ accepted: boolean; totalPaise: number | null }>({ action: 'checkout', kind }));
  }
  function startOver() {
    return reset(() => {
      setValues(null);
      setDraft('');
      setResult(null);
    });
  }

  const cheated = result !== null && result.accepted && result.totalPaise !== null && result.totalPaise < START_TOTAL_PAISE;
  return (
    <Card className="space-y-4">
      <fieldset className="space-y-1" disabled={busy}>
        <legend className="font-semibold">{t.kind}</legend>
        {TAMPER_KINDS.map((option) => (
          <label key={option} className="flex items-center gap-2">
            <input type="radio" name={`${id}-kind`} value={option} checked={kind === option} onChange={() => choose(option)} />
            {kindLabel[option]}
          </label>
        ))}
      </fieldset>
      <ol className="space-y-4">
        <LabStep>
          <Button type="button" disabled={busy} onClick={() => void start()}>
            {t.start}
          </Button>
        </LabStep>
        <LabStep>
          <label htmlFor={`${id}-value`} className="block text-sm font-semibold">
            {t.value}
          </label>
          <textarea
            id={`${id}-value`}
            rows={3}
            value={draft}
            disabled={values === null}
            onChange={(event) => setDraft(event.target.value)}
            className="mt-1 block w-full rounded-md border border-line bg-white p-2 font-mono text-xs wrap-anywhere dark:border-night-line dark:bg-night"
          />
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" disabled={busy || values === null} onClick={() => setDraft(cheapen(kind, draft))}>
              {t.cheat}
            </Button>
            <Button type="button" disabled={busy || values === null} onClick={() => void save()}>
              {t.save}
            </Button>
          </div>
        </LabStep>
        <LabStep
          result={result ? (result.accepted ? format(t.charged, { amount: formatRupees(result.totalPaise ?? 0) }) : t.rejected) : null}
        >
          <Button type="button" disabled={busy || values === null} onClick={() => void checkout()}>
            {t.checkout}
          </Button>
        </LabStep>
      </ol>
      {/* The checkout's answer stands once, beside its button; the outcome only says who won. */}
      <LabOutcome worked={result === null ? null : cheated} detail="" labels={labels.security} />
      <LabFooter labels={labels.security} busy={busy} message={message} onReset={() => void startOver()} />
    </Card>
  );
}
