'use client';

import { useId, useRef, useState, type ReactNode } from 'react';
import { labFetch } from '@/components/demos/lab-fetch';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { PlaygroundResult } from '@/lib/playground/outcome';
import { EngineOnlyBadge } from '@/components/lesson/engine-extra';
import {
  DEFAULT_PLAYGROUND_OPTIONS,
  ENGINE_ONLY_OPTIONS,
  MAX_AGE_CHOICES_MS,
  maxAgeLabel,
  optionsConflict,
  PLAYGROUND_KINDS,
  type PlaygroundKind,
  type PlaygroundOptions,
} from '@/lib/playground/options';
import { playgroundMessages, type PlaygroundMessages } from '@/lib/i18n/messages/playground';
import { TextIcon } from '@/components/ui/icon';
import { Card, cardClass } from '@/components/ui/card';

const ENDPOINT = '/api/playground/options';
const KEPT_RESULTS = 20;

/** Text with `code` spans, rendered as React text (never as HTML). */
function Rich({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-accent-soft px-1 font-mono text-[0.9em] dark:bg-night">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

type ChoiceValue = boolean | string | number | null;

/** One option as a group of radio buttons, labelled by the option's express-session name. */
function OptionGroup<T extends ChoiceValue>(props: {
  name: string;
  legend: string;
  help: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  children?: ReactNode;
}) {
  const helpId = `${props.name}-help`;
  return (
    <fieldset className={cardClass({ variant: 'inset' })} aria-describedby={helpId}>
      <legend className="px-1 font-mono text-sm font-semibold">{props.legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {props.choices.map((choice) => (
          <label key={String(choice.value)} className="inline-flex min-h-11 min-w-11 items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={props.name}
              checked={choice.value === props.value}
              onChange={() => props.onChange(choice.value)}
              className="accent-accent dark:accent-night-accent"
            />
            <span className="font-mono">{choice.label}</span>
          </label>
        ))}
      </div>
      <p id={helpId} className="mt-1 text-xs text-muted dark:text-night-muted">
        <Rich text={props.help} />
      </p>
      {props.children}
    </fieldset>
  );
}

const BOOLEAN_CHOICES = [
  { value: false, label: 'false' },
  { value: true, label: 'true' },
] as const;

function OpsList({ ops, empty }: { ops: readonly string[]; empty: string }) {
  if (ops.length === 0) return <span className="text-muted dark:text-night-muted">{empty}</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {ops.map((op, i) => (
        <code key={i} className="rounded border border-line px-1.5 font-mono text-xs dark:border-night-line">
          {op}
        </code>
      ))}
    </span>
  );
}

function optionsLine(options: PlaygroundOptions): string {
  const { resave, saveUninitialized, rolling, maxAgeMs, secure, httpOnly, sameSite } = options;
  const secureText = secure === 'auto' ? "'auto'" : String(secure);
  return `resave: ${resave}, saveUninitialized: ${saveUninitialized}, rolling: ${rolling}, maxAge: ${maxAgeMs ?? 'null'}, secure: ${secureText}, httpOnly: ${httpOnly}, sameSite: '${sameSite}'`;
}

function ResultItem({ n, result, t, locale }: { n: number; result: PlaygroundResult; t: PlaygroundMessages; locale: Locale }) {
  const ours = result.storeOperations.map(({ op }) => op);
  const row = 'grid gap-0.5 sm:grid-cols-[8rem_1fr]';
  return (
    <Card as="li" variant="inset" data-testid="playground-result">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h5 className="font-bold">{format(t.requestLabel, { n, kind: t.kinds[result.kind].label })}</h5>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${result.differs ? 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' : 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'}`}
          data-testid="result-verdict"
        >
          <TextIcon name={result.differs ? 'warning' : 'check'} /> {result.differs ? t.differs : t.same}
        </span>
      </div>
      <p className="mt-1 font-mono text-xs break-words text-muted dark:text-night-muted">{optionsLine(result.options)}</p>
      <dl className="mt-2 grid gap-1 text-sm">
        <div className={row}>
          <dt className="font-semibold">{t.incomingLabel}</dt>
          <dd>{t.incoming[result.incoming]}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t.sessionDataLabel}</dt>
          <dd>
            {result.sessionData === null ? (
              <span className="text-muted dark:text-night-muted">{t.dataNotRead}</span>
            ) : (
              <code className="font-mono text-xs">{JSON.stringify(result.sessionData)}</code>
            )}
          </dd>
        </div>
      </dl>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <section className="rounded-md bg-paper p-2 dark:bg-night">
          <h6 className="text-sm font-bold">{t.oursHeading}</h6>
          <dl className="mt-1 grid gap-1 text-sm">
            <div>
              <dt className="font-semibold">{t.setCookieLabel}</dt>
              <dd data-testid="our-set-cookie">
                {result.setCookie !== null ? (
                  <code className="font-mono text-xs wrap-anywhere">{result.setCookie}</code>
                ) : (
                  <Rich
                    text={format(t.noneBecause, { reason: result.noSetCookieReason === null ? '' : t.reasons[result.noSetCookieReason] })}
                  />
                )}
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t.storeLabel}</dt>
              <dd data-testid="our-store-ops">
                <OpsList ops={ours} empty={t.noStoreCalls} />
                {ours.includes('set') || ours.includes('touch') ? (
                  <span className="mt-0.5 block text-xs text-muted dark:text-night-muted">
                    <EngineOnlyBadge locale={locale} /> {t.writtenFirst}
                  </span>
                ) : null}
              </dd>
            </div>
          </dl>
        </section>
        <section className="rounded-md bg-paper p-2 dark:bg-night">
          <h6 className="text-sm font-bold">{t.expressHeading}</h6>
          <dl className="mt-1 grid gap-1 text-sm">
            <div>
              <dt className="font-semibold">{t.setCookieLabel}</dt>
              <dd data-testid="express-set-cookie">{result.expressSession.setCookie ? t.expressSetCookieYes : t.none}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t.storeLabel}</dt>
              <dd data-testid="express-store-ops">
                <OpsList ops={result.expressSession.storeOps} empty={t.noStoreCalls} />
                {result.expressSession.headersBeforeStoreWrite ? (
                  <span className="mt-0.5 block text-xs text-muted dark:text-night-muted">{t.headersFirst}</span>
                ) : null}
              </dd>
            </div>
          </dl>
        </section>
      </div>
      {result.note ? (
        <p className="mt-2 text-sm" data-testid="result-note">
          <Rich text={result.note} />
        </p>
      ) : null}
    </Card>
  );
}

/** Choose express-session's options, send requests on a sandbox session, and compare with express-session 1.19. */
export function OptionsPlayground({ locale }: { locale: Locale }) {
  const t = playgroundMessages(locale);
  const id = useId();
  const [options, setOptions] = useState<PlaygroundOptions>(DEFAULT_PLAYGROUND_OPTIONS);
  const [results, setResults] = useState<{ n: number; result: PlaygroundResult }[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const count = useRef(0);
  const conflict = optionsConflict(options) !== null;

  const set =
    <K extends keyof PlaygroundOptions>(key: K) =>
    (value: PlaygroundOptions[K]) =>
      setOptions((current) => ({ ...current, [key]: value }));

  async function send(kind: PlaygroundKind) {
    if (busy) return;
    setBusy(true);
    const kindLabel = t.kinds[kind].label;
    setStatus(format(t.status.sending, { kind: kindLabel }));
    const response = await labFetch<PlaygroundResult>(locale, ENDPOINT, { method: 'POST', body: { options, kind } });
    if (response.ok && response.data !== null) {
      const result = response.data;
      const n = (count.current += 1);
      setResults((current) => [{ n, result }, ...current].slice(0, KEPT_RESULTS));
      const ops = result.storeOperations.map(({ op }) => op).join(', ') || t.noStoreCalls;
      setStatus(format(t.status.done, { n, kind: kindLabel, cookie: result.setCookie === null ? t.none : t.status.cookieSent, ops }));
    } else {
      setStatus(format(t.status.failed, { message: (response.message ?? String(response.status)).replaceAll('`', '') }));
    }
    setBusy(false);
  }

  async function reset() {
    if (busy) return;
    setBusy(true);
    const response = await labFetch<{ reset: boolean }>(locale, ENDPOINT, { method: 'DELETE' });
    if (response.ok) {
      count.current = 0;
      setResults([]);
      setStatus(t.status.reset);
    } else {
      setStatus(format(t.status.failed, { message: response.message ?? String(response.status) }));
    }
    setBusy(false);
  }

  const button = 'min-h-11 rounded-md px-3 py-2 text-sm font-semibold aria-disabled:opacity-60';
  return (
    <Card as="section" aria-labelledby={`${id}-title`} className="not-prose" data-widget="options-playground">
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {t.title}
      </h3>
      <p className="mt-1 text-sm text-muted dark:text-night-muted">
        <Rich text={t.lead} />
      </p>

      <h4 className="mt-4 font-bold">{t.optionsHeading}</h4>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <OptionGroup
          name={`${id}-resave`}
          legend="resave"
          help={t.optionHelp.resave}
          value={options.resave}
          choices={BOOLEAN_CHOICES}
          onChange={set('resave')}
        />
        <OptionGroup
          name={`${id}-save-uninitialized`}
          legend="saveUninitialized"
          help={t.optionHelp.saveUninitialized}
          value={options.saveUninitialized}
          choices={BOOLEAN_CHOICES}
          onChange={set('saveUninitialized')}
        />
        <OptionGroup
          name={`${id}-rolling`}
          legend="rolling"
          help={t.optionHelp.rolling}
          value={options.rolling}
          choices={BOOLEAN_CHOICES}
          onChange={set('rolling')}
        />
        <Card variant="inset">
          <label htmlFor={`${id}-max-age`} className="block font-mono text-sm font-semibold">
            cookie.maxAge
          </label>
          <select
            id={`${id}-max-age`}
            value={String(options.maxAgeMs)}
            onChange={(event) =>
              set('maxAgeMs')(event.target.value === 'null' ? null : (Number(event.target.value) as PlaygroundOptions['maxAgeMs']))
            }
            aria-describedby={`${id}-max-age-help`}
            className="mt-1 w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm dark:border-night-line dark:bg-night"
          >
            {MAX_AGE_CHOICES_MS.map((ms) => (
              <option key={String(ms)} value={String(ms)}>
                {maxAgeLabel(t, ms)}
              </option>
            ))}
          </select>
          <p id={`${id}-max-age-help`} className="mt-1 text-xs text-muted dark:text-night-muted">
            <Rich text={t.optionHelp.maxAgeMs} />
          </p>
        </Card>
        <OptionGroup
          name={`${id}-secure`}
          legend="cookie.secure"
          help={t.optionHelp.secure}
          value={options.secure}
          choices={[...BOOLEAN_CHOICES, { value: 'auto' as const, label: "'auto'" }]}
          onChange={set('secure')}
        />
        <OptionGroup
          name={`${id}-http-only`}
          legend="cookie.httpOnly"
          help={t.optionHelp.httpOnly}
          value={options.httpOnly}
          choices={BOOLEAN_CHOICES}
          onChange={set('httpOnly')}
        />
        <OptionGroup
          name={`${id}-same-site`}
          legend="cookie.sameSite"
          help={t.optionHelp.sameSite}
          value={options.sameSite}
          choices={(['lax', 'strict', 'none'] as const).map((value) => ({ value, label: `'${value}'` }))}
          onChange={set('sameSite')}
        >
          {conflict ? (
            <p
              className="mt-2 rounded-md bg-amber-100 p-2 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200"
              data-testid="options-conflict"
            >
              <EngineOnlyBadge locale={locale} /> <Rich text={t.conflictHint} />
            </p>
          ) : null}
        </OptionGroup>
      </div>
      <p className="mt-2 text-sm text-muted dark:text-night-muted">
        <Rich text={t.cookieOptionsHint} />
      </p>
      <p className="mt-2 text-sm" data-testid="engine-only-options">
        <EngineOnlyBadge locale={locale} />{' '}
        <Rich text={format(t.engineOnlyOptions, { options: ENGINE_ONLY_OPTIONS.map((option) => `\`${option}\``).join(', ') })} />
      </p>

      <h4 className="mt-5 font-bold">{t.sendHeading}</h4>
      <ul className="mt-2 grid gap-2">
        {PLAYGROUND_KINDS.map((kind) => (
          <li key={kind} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
            <button
              type="button"
              onClick={() => void send(kind)}
              aria-disabled={busy}
              aria-describedby={`${id}-${kind}-help`}
              className={`${button} shrink-0 bg-accent text-white sm:w-32 dark:bg-night-accent dark:text-night`}
            >
              {t.kinds[kind].label}
            </button>
            <p id={`${id}-${kind}-help`} className="text-sm text-muted dark:text-night-muted">
              <Rich text={t.kinds[kind].help} />
            </p>
          </li>
        ))}
        <li className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
          <button
            type="button"
            onClick={() => void reset()}
            aria-disabled={busy}
            aria-describedby={`${id}-reset-help`}
            className={`${button} shrink-0 border border-line hover:bg-accent-soft sm:w-32 dark:border-night-line dark:hover:bg-night`}
          >
            {t.reset}
          </button>
          <p id={`${id}-reset-help`} className="text-sm text-muted dark:text-night-muted">
            {t.resetHelp}
          </p>
        </li>
      </ul>

      <p role="status" aria-live="polite" className="mt-3 min-h-6 text-sm font-semibold" data-testid="playground-status">
        {status}
      </p>

      <h4 id={`${id}-results`} className="mt-4 font-bold">
        {t.resultsHeading}
      </h4>
      {results.length === 0 ? <p className="mt-1 text-sm text-muted dark:text-night-muted">{t.empty}</p> : null}
      <ol aria-labelledby={`${id}-results`} aria-busy={busy} className="mt-2 grid gap-3">
        {results.map(({ n, result }) => (
          <ResultItem key={n} n={n} result={result} t={t} locale={locale} />
        ))}
      </ol>

      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-semibold">
          {t.differencesHeading} <EngineOnlyBadge locale={locale} />
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {t.differences.map((text, i) => (
            <li key={i}>
              <Rich text={text} />
            </li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
