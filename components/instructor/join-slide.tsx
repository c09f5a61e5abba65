import type { AddressCheck } from '@/lib/instructor/address-check';
import { format } from '@/lib/i18n/format';
import { type Locale, htmlLang, locales } from '@/lib/i18n/locales';
import { instructorMessages, type InstructorMessages } from '@/lib/i18n/messages/instructor';
import { Link } from '@/components/site/link';
import { buttonClass } from '@/components/ui/button';
import { FullscreenButton } from './fullscreen-button';

interface JoinSlideProps {
  readonly locale: Locale;
  readonly classLocale: Locale;
  /** The address students open, or null without a LAN address. */
  readonly url: string | null;
  readonly qrSvg: string;
  readonly check: AddressCheck;
  readonly port: string;
  readonly otherAddresses: readonly string[];
  readonly joined: number;
  readonly strings: InstructorMessages;
}

function CheckLine({ check, port, t }: { check: AddressCheck; port: string; t: InstructorMessages }) {
  const text =
    check.state === 'ok'
      ? t.checkOk
      : check.state === 'loopback-only'
        ? format(t.checkLoopback, { host: check.host })
        : check.state === 'unreachable'
          ? format(t.checkFailed, { reason: check.reason, port })
          : t.joinNoNetwork;
  const good = check.state === 'ok';
  return (
    <p
      role={good ? 'status' : 'alert'}
      data-testid="address-check"
      data-state={check.state}
      className={
        good
          ? 'text-lg font-semibold text-green-800 dark:text-green-300'
          : 'rounded-xl border-2 border-red-700 bg-red-50 p-4 text-xl font-bold text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100'
      }
    >
      {text}
    </p>
  );
}

/**
 * The join slide: a whole screen for the projector with the QR code (over a third of the
 * screen's height), the address in one unbroken line sized to the screen's width, the class
 * language and whether the address answers at all.
 */
export function JoinSlide({ locale, classLocale, url, qrSvg, check, port, otherAddresses, joined, strings: t }: JoinSlideProps) {
  // Monospace glyphs are about 0.6em wide: the address fills the width it has and never wraps.
  const urlFont = url === null ? undefined : `min(5.5rem, calc((100vw - 4rem) / ${(url.length * 0.62).toFixed(2)}))`;
  return (
    <div
      data-join-slide
      className="fixed inset-0 z-[60] flex flex-col gap-[2vh] overflow-auto bg-white p-[3vh] text-black dark:bg-black dark:text-white"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-[clamp(1.75rem,5vh,4rem)] font-extrabold tracking-tight">{t.slideTitle}</h1>
        <nav aria-label={t.slideLanguage} className="ml-auto flex flex-wrap items-center gap-2 text-lg">
          <span className="font-semibold">{t.slideLanguage}:</span>
          {locales.map((option) => (
            <Link
              key={option}
              href={`/${locale}/instructor/join?class=${option}`}
              aria-current={option === classLocale ? 'true' : undefined}
              hrefLang={htmlLang[option]}
              className="min-h-11 rounded-md border-2 border-line px-3 py-1.5 font-semibold aria-[current]:border-accent aria-[current]:bg-accent aria-[current]:text-white dark:border-night-line dark:aria-[current]:border-night-accent dark:aria-[current]:bg-night-accent dark:aria-[current]:text-night"
            >
              {instructorMessages(option).thisLanguage}
            </Link>
          ))}
          <FullscreenButton label={t.slideFullscreen} />
          <a href={`/${locale}/instructor`} className={buttonClass({})}>
            {t.slideBack}
          </a>
        </nav>
      </div>
      <div className="flex min-h-0 flex-1 flex-wrap items-center gap-[4vh]">
        {url !== null ? (
          <div
            role="img"
            aria-label={format(t.qrLabel, { url })}
            data-testid="join-qr"
            className="aspect-square h-[min(58vh,90vw)] shrink-0 rounded-lg bg-white p-2 [&>svg]:size-full"
            // Our own SVG, made by the qrcode package from our own address; no user input.
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
        ) : null}
        <div className="flex min-w-0 flex-1 basis-80 flex-col gap-4">
          <p className="text-[clamp(1.25rem,4vh,3rem)] leading-snug font-semibold">{t.slideStep}</p>
          <p className="text-[clamp(1.25rem,3.5vh,2.5rem)]" lang={htmlLang[classLocale]}>
            {t.slideLanguage}: <strong data-testid="class-language">{instructorMessages(classLocale).thisLanguage}</strong>
          </p>
          <p className="text-[clamp(1.25rem,3.5vh,2.5rem)] font-bold tabular-nums" data-testid="slide-joined">
            {format(t.slideJoined, { n: joined })}
          </p>
          <CheckLine check={check} port={port} t={t} />
          {otherAddresses.length > 0 ? (
            <p className="text-base">{format(t.otherAddresses, { addresses: otherAddresses.join(', ') })}</p>
          ) : null}
        </div>
      </div>
      {url !== null ? (
        <p
          data-testid="join-url"
          className="font-mono leading-none font-bold whitespace-nowrap"
          // Sized to the screen's width so the address is one line, as large as it fits.
          style={{ fontSize: urlFont }}
        >
          {url}
        </p>
      ) : null}
    </div>
  );
}
