'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { onLabRequest } from '@/components/demos/lab-fetch';
import { useReportChange } from '@/components/inspector/inspector-changes';
import { apiFetch } from '@/components/ui/api-fetch';
import { format } from '@/lib/i18n/format';
import { groupIndian } from '@/lib/shop/money';
import type { Locale } from '@/lib/i18n/locales';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import type { StatelessInspection } from '@/lib/stateless/inspect';
import type { SealPartName } from '@/lib/stateless/seal-parts';
import { Card } from '@/components/ui/card';

const PART_LABEL: Record<SealPartName, keyof LabsMessages['stateless']> = {
  prefix: 'partPrefix',
  passwordId: 'partPasswordId',
  encryptionSalt: 'partEncryptionSalt',
  iv: 'partIv',
  ciphertext: 'partCiphertext',
  expiration: 'partExpiration',
  hmacSalt: 'partHmacSalt',
  hmac: 'partHmac',
};

const heading = 'text-sm font-bold uppercase tracking-wide text-muted dark:text-night-muted';

/** The sealed cookie as the server sees it, refreshed after every lab request. Only reads. */
export function SealedCookieInspector({ locale, labels }: { locale: Locale; labels: LabsMessages['stateless'] }) {
  const [inspection, setInspection] = useState<StatelessInspection | null>(null);

  const load = useCallback(async () => {
    // Not labFetch: a notice from here would make every inspector, this one too, load again.
    const response = await apiFetch<StatelessInspection>(locale, '/api/demo/stateless/inspect');
    if (response.ok) setInspection(response.data);
  }, [locale]);

  useEffect(() => {
    const refresh = () => void load();
    refresh();
    return onLabRequest(refresh);
  }, [load]);

  // Tell the frame (the phone's tabs) when the cookie changed while it may be out of sight. Here
  // everything lives in the cookie, so a new seal, a longer one or new data inside is that change.
  const report = useReportChange();
  const sealKey = inspection === null ? undefined : `${inspection.seal ?? ''}|${inspection.sealLength}|${JSON.stringify(inspection.data)}`;
  const lastSeal = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (sealKey === undefined) return;
    if (lastSeal.current !== undefined && lastSeal.current !== sealKey) report('request');
    lastSeal.current = sealKey;
  }, [sealKey, report]);

  const size = inspection?.sizeBytes ?? 0;
  const limit = inspection?.limitBytes ?? 4096;
  return (
    <Card as="section" aria-labelledby="sealed-inspector" className="space-y-5">
      <div className="flex items-center justify-between gap-2">
        <h2 id="sealed-inspector" className="text-lg font-bold">
          {labels.inspectorTitle}
        </h2>
        <button
          type="button"
          onClick={() => void load()}
          className="min-h-11 rounded-md border border-line px-3 py-1 text-sm font-semibold hover:bg-accent-soft dark:border-night-line dark:hover:bg-night"
        >
          {labels.refresh}
        </button>
      </div>
      {inspection?.seal == null ? (
        <p data-testid="seal-state">{labels.noCookie}</p>
      ) : !inspection.valid ? (
        <p data-testid="seal-state">{labels.badSeal}</p>
      ) : null}

      <div className="scroll-mt-36" data-section="request">
        <h3 className={heading}>{labels.sizeHeading}</h3>
        <label htmlFor="seal-size" className="mt-1 block font-mono text-sm" data-testid="seal-size">
          {format(labels.sizeLabel, { size: groupIndian(size), limit: groupIndian(limit) })}
        </label>
        <meter
          id="seal-size"
          min={0}
          max={limit}
          low={limit * 0.6}
          high={limit * 0.85}
          optimum={0}
          value={size}
          className="mt-1 h-4 w-full"
        >
          {size} / {limit}
        </meter>
      </div>

      {inspection?.split ? (
        <div>
          <h3 className={heading}>{labels.sealHeading}</h3>
          <p className="mt-1 text-sm text-muted dark:text-night-muted" data-testid="seal-shortened-note">
            {labels.shortenedNote}
          </p>
          <dl className="mt-2 space-y-2 text-sm" data-testid="seal-parts">
            {inspection.split.parts.map((part) => (
              <div key={part.name}>
                <dt className="font-semibold">{labels[PART_LABEL[part.name]]}</dt>
                <dd className="font-mono wrap-anywhere text-muted dark:text-night-muted" data-testid={`seal-${part.name}`}>
                  {part.value === '' ? '—' : part.value}
                  {part.length !== undefined && part.length > part.value.length ? (
                    <span className="ms-2 font-sans text-xs">{format(labels.partLength, { count: part.length })}</span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
          {inspection.split.tokenVersion ? (
            <p className="mt-2 text-sm font-semibold">{format(labels.tokenVersion, { version: inspection.split.tokenVersion })}</p>
          ) : null}
          {inspection.split.expiresAt ? (
            <p className="mt-2 text-sm">
              {format(labels.expires, { time: new Date(inspection.split.expiresAt).toLocaleTimeString('en-IN') })}
            </p>
          ) : null}
        </div>
      ) : null}

      {inspection?.data ? (
        <div>
          <h3 className={heading}>{labels.dataHeading}</h3>
          <pre
            className="mt-1 rounded-md bg-accent-soft p-2 text-xs wrap-anywhere whitespace-pre-wrap dark:bg-night"
            data-testid="seal-data"
          >
            {JSON.stringify(inspection.data)}
          </pre>
        </div>
      ) : null}

      <div>
        <h3 className={heading}>{labels.storeHeading}</h3>
        <p className="mt-1" data-testid="stateless-store">
          {labels.storeEmpty}
        </p>
      </div>
    </Card>
  );
}
