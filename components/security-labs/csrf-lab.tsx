'use client';

import { useCallback, useEffect, useState } from 'react';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import {
  CSRF_PATH,
  CSRF_SAMESITES,
  CSRF_VIAS,
  isNetworkAddressOrigin,
  otherSiteOrigin,
  type CsrfArrival,
  type CsrfVia,
} from '@/lib/security-labs/csrf-sites';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import { LabOutcome, LabStep, ProtectionToggle, LabFooter } from './lab-controls';
import { useLabAction } from './use-lab-action';
import { TextIcon } from '@/components/ui/icon';
import { Card } from '@/components/ui/card';
import { Button, buttonClass } from '@/components/ui/button';

/**
 * Where the lab keeps its run and choices while the learner is away on the attacker's page —
 * in localStorage, so opening the lab again (another tab, no `?run=` in the address) shows the
 * same run's results rather than an empty table.
 */
const STORAGE_KEY = 'pathshala.csrf-lab';

interface SavedRun {
  readonly run: string;
  readonly protect: boolean;
  readonly set: string[] | null;
}

const RUN_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The last run this browser saved, if its id is well formed. */
function lastRun(): SavedRun | null {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as SavedRun | null;
    return saved !== null && typeof saved.run === 'string' && RUN_ID.test(saved.run) ? saved : null;
  } catch {
    return null;
  }
}

/** `SameSite=None`, as the attribute is written. */
function sameSiteLabel(sameSite: string): string {
  return `SameSite=${sameSite.charAt(0).toUpperCase()}${sameSite.slice(1)}`;
}

/** A result cell; on a phone a line of its card, led by its column's name (`data-label`). */
const cell =
  'py-1 pr-2 max-sm:flex max-sm:justify-between max-sm:gap-3 max-sm:before:font-semibold max-sm:before:content-[attr(data-label)]';

/**
 * 16 random bytes as hex. `crypto.getRandomValues`, not `randomUUID`: a phone that opened the
 * site by its classroom address (plain http, not localhost) is not a secure context, and there
 * `randomUUID` does not exist — the lab page crashed before it could show anything.
 */
function newRunId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Set three SameSite cookies, attack from the other site, see which ones came along. */
export function CsrfLab({ locale, labels }: { locale: Locale; labels: LabsMessages }) {
  const t = labels.csrf;
  const { busy, message, post, reset } = useLabAction('csrf', locale, labels.security);
  const [protect, setProtect] = useState(true);
  const [run, setRun] = useState<string | null>(null);
  const [origin, setOrigin] = useState<string | null>(null);
  const [set, setSet] = useState<string[] | null>(null);
  const [arrivals, setArrivals] = useState<CsrfArrival[]>([]);

  const load = useCallback(async (id: string) => {
    const response = await fetch(`${CSRF_PATH}?run=${id}`, { cache: 'no-store' });
    if (response.ok) setArrivals(((await response.json()) as { arrivals: CsrfArrival[] }).arrivals);
  }, []);

  useEffect(() => {
    const url = new URL(window.location.href);
    const fromUrl = url.searchParams.get('run') ?? '';
    const last = lastRun();
    const id = RUN_ID.test(fromUrl) ? fromUrl : (last?.run ?? newRunId());
    url.searchParams.set('run', id);
    window.history.replaceState(null, '', url);
    // Reading the address bar and sessionStorage is only possible after hydration; these mirror them once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRun(id);
    setOrigin(window.location.origin);
    const saved = last?.run === id ? last : null;
    if (saved) {
      setProtect(saved.protect);
      setSet(saved.set);
    }
    void load(id);
  }, [load]);

  // Coming back from the attacker's page reloads this page: keep the toggle and the cookies set.
  useEffect(() => {
    if (run) localStorage.setItem(STORAGE_KEY, JSON.stringify({ run, protect, set } satisfies SavedRun));
  }, [run, protect, set]);

  async function setCookies() {
    const answer = await post<{ set: string[] }>({ action: 'set', none: !protect });
    if (answer) setSet(answer.set);
  }
  async function startOver() {
    if (run === null) return;
    await reset(
      () => {
        const id = newRunId();
        const url = new URL(window.location.href);
        url.searchParams.set('run', id);
        window.history.replaceState(null, '', url);
        setRun(id);
        setSet(null);
        setArrivals([]);
      },
      { run },
    );
  }

  const other = origin ? otherSiteOrigin(origin) : null;
  const attackerUrl =
    other && run && origin ? `${other}${CSRF_PATH}/attacker?run=${run}&target=${encodeURIComponent(origin)}&lang=${locale}` : null;
  const viaLabel: Record<CsrfVia, string> = { post: t.viaPost, link: t.viaLink, embed: t.viaEmbed };
  const byVia = new Map(arrivals.map((arrival) => [arrival.via, arrival]));
  const forgedPost = byVia.get('post');
  const postDetail = (post: CsrfArrival) => {
    const carried = CSRF_SAMESITES.filter((sameSite) => post.sent[sameSite]).map(sameSiteLabel);
    return carried.length === 0 ? t.postCarriedNothing : format(t.postCarried, { cookies: carried.join(t.and) });
  };

  return (
    <Card className="space-y-4">
      <ProtectionToggle label={t.toggle} checked={protect} onChange={setProtect} disabled={busy} />
      <ol className="space-y-4">
        <LabStep result={set ? format(t.cookiesSet, { none: set.includes('none') ? t.noneSet : '' }) : null}>
          <Button type="button" disabled={busy} onClick={() => void setCookies()}>
            {protect ? t.setCookies : t.setCookiesWithNone}
          </Button>
        </LabStep>
        <LabStep>
          {attackerUrl && other ? (
            <>
              <a href={attackerUrl} className={buttonClass({ className: 'inline-flex items-center' })}>
                {format(t.openAttacker, { host: new URL(other).host })}
              </a>
              {origin && isNetworkAddressOrigin(origin) ? (
                <p className="mt-2 text-sm" data-testid="csrf-lan-note">
                  {format(t.lanNote, { host: new URL(origin).host })}
                </p>
              ) : null}
            </>
          ) : (
            <p>{t.noSecondSite}</p>
          )}
        </LabStep>
        <LabStep>
          <div className="flex items-center gap-2">
            <span className="font-semibold">{t.results}</span>
            <Button type="button" disabled={run === null} onClick={() => run && void load(run)}>
              {t.refresh}
            </Button>
          </div>
          {/*
           * The three SameSite columns are wider than a phone: below `sm` each row becomes a
           * card whose cells name their column, so the Lax and None results (where the attack
           * succeeds) sit under the finger rather than off-screen; wider, the table scrolls.
           */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users must be able to scroll it */}
          <div className="mt-2 sm:overflow-x-auto" tabIndex={0} role="region" aria-label={t.results}>
            <table className="w-full text-left text-sm max-sm:block">
              <caption className="sr-only">{t.results}</caption>
              <thead className="max-sm:sr-only">
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    {t.via}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t.arrived}
                  </th>
                  {CSRF_SAMESITES.map((sameSite) => (
                    <th key={sameSite} scope="col" className="py-1 pr-2 font-mono">
                      {sameSiteLabel(sameSite)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="max-sm:block max-sm:space-y-2">
                {CSRF_VIAS.map((via) => {
                  const arrival = byVia.get(via);
                  return (
                    <tr
                      key={via}
                      className="border-t border-line max-sm:block max-sm:rounded-lg max-sm:border max-sm:p-2 dark:border-night-line"
                      data-testid={`csrf-${via}`}
                    >
                      <th scope="row" className="py-1 pr-2 font-semibold max-sm:block">
                        {viaLabel[via]}
                      </th>
                      <td className={cell} data-label={t.arrived} data-testid={`csrf-${via}-arrived`}>
                        {arrival === undefined ? (
                          '—'
                        ) : (
                          <>
                            <TextIcon name="check" /> {format(t.arrivedYes, { site: arrival.fetchSite ?? '?' })}
                          </>
                        )}
                      </td>
                      {CSRF_SAMESITES.map((sameSite) => (
                        <td
                          key={sameSite}
                          className={`${cell} max-sm:before:font-mono`}
                          data-label={sameSiteLabel(sameSite)}
                          data-testid={`csrf-${via}-${sameSite}`}
                        >
                          {arrival === undefined ? (
                            '—'
                          ) : (
                            <>
                              <TextIcon name={arrival.sent[sameSite] ? 'check' : 'cross'} /> {arrival.sent[sameSite] ? t.sent : t.notSent}
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {arrivals.length === 0 ? <p className="mt-1 text-sm">{t.noResults}</p> : null}
        </LabStep>
      </ol>
      <LabOutcome
        worked={forgedPost === undefined ? null : Object.values(forgedPost.sent).some(Boolean)}
        detail={forgedPost ? postDetail(forgedPost) : ''}
        labels={labels.security}
      />
      <p className="text-sm text-muted dark:text-night-muted">{t.embedNote}</p>
      <p className="text-sm text-muted dark:text-night-muted">{t.httpNote}</p>
      <LabFooter labels={labels.security} busy={busy} message={message} onReset={() => void startOver()} />
    </Card>
  );
}
