'use client';

import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { ClassroomMessages } from '@/lib/i18n/messages/classroom';

/** The words the beacon shows itself, passed down from the layout (the live class reads its own). */
export type BeaconStrings = Pick<ClassroomMessages, 'endedReset' | 'endedExpire' | 'endedUnknown' | 'rejoin' | 'dismiss'>;
import { apiFetch } from '@/components/ui/api-fetch';
import { Button, buttonClass } from '@/components/ui/button';
import { hasJoined, onMembershipChange, QUIZ_ANSWER_EVENT, rememberEnded, rememberedEnded, setJoined, type EndedBy } from './membership';
import { ClassLive } from './class-live';
import { currentSection } from './sections';

/** How long the reader must stay on a section before it is reported (scrolling past is not reading). */
const SECTION_SETTLE_MS = 1_200;

/**
 * For a student who joined the class (and only then): tells the server which page and lesson
 * section she is on and each quiz answer she gives, and when the server no longer knows her
 * session, says so — and who ended it, when the instructor did. Renders nothing otherwise.
 */
export function ClassBeacon({ locale, strings: t }: { locale: Locale; strings: BeaconStrings }) {
  const pathname = usePathname();
  // Loaded only in the browser (no SSR), so the tab's remembered notice can be read at once.
  const [ended, setEnded] = useState<{ by: EndedBy } | null>(() => rememberedEnded());
  const lastPlace = useRef<string | null>(null);

  const checkMembership = useCallback(async () => {
    const response = await apiFetch<{ nickname: string | null; endedBy: EndedBy }>(locale, '/api/class/me');
    if (!response.ok || response.data === null || response.data.nickname !== null) return;
    rememberEnded(response.data.endedBy);
    setJoined(false);
    setEnded({ by: response.data.endedBy });
  }, [locale]);

  const send = useCallback(
    async (body: object) => {
      if (!hasJoined()) return;
      const response = await apiFetch<{ joined?: boolean } | null>(locale, '/api/class/report', { method: 'POST', body });
      if (response.ok && response.data?.joined === false) await checkMembership();
    },
    [locale, checkMembership],
  );

  // Where she is: on arrival, and after each section she settles on.
  useEffect(() => {
    const report = () => {
      const section = currentSection();
      const place = `${pathname}#${section ?? ''}`;
      if (place === lastPlace.current) return;
      lastPlace.current = place;
      void send({ kind: 'place', path: pathname, section });
    };
    lastPlace.current = null;
    report();
    // A link to a section (#id) may scroll after this first report: look again once it settled.
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(report, SECTION_SETTLE_MS);
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(report, SECTION_SETTLE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onScroll);
    const stopListening = onMembershipChange(() => {
      lastPlace.current = null;
      report();
    });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onScroll);
      stopListening();
    };
  }, [pathname, send]);

  // Each quiz answer, first tries and retries alike (three wrong in a row flags "stuck").
  useEffect(() => {
    const onAnswer = (event: Event) => void send({ kind: 'answer', ...(event as CustomEvent<object>).detail });
    document.addEventListener(QUIZ_ANSWER_EVENT, onAnswer);
    return () => document.removeEventListener(QUIZ_ANSWER_EVENT, onAnswer);
  }, [send]);

  // Coming back to the tab: is the session still there? (A reset tells no one.)
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && hasJoined()) void checkMembership();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [checkMembership]);

  if (ended === null) return <ClassLive locale={locale} />;
  const text = ended.by === 'reset' ? t.endedReset : ended.by === 'expire-all' ? t.endedExpire : t.endedUnknown;
  return (
    <div
      role="alert"
      data-testid="class-ended"
      className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-2xl flex-wrap items-center gap-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4 text-amber-950 shadow-lg dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="min-w-0 flex-1 basis-60 font-semibold">{text}</p>
      <a href={`/${locale}/join`} className={buttonClass({ variant: 'primary', size: 'md' })}>
        {t.rejoin}
      </a>
      <Button
        type="button"
        onClick={() => {
          rememberEnded(undefined);
          setEnded(null);
        }}
      >
        {t.dismiss}
      </Button>
    </div>
  );
}
