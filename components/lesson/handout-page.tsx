import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { PrintButton } from './print-button';

/** The frame of a printable page: no site header or footer (see `main[data-handout]` in globals.css), a print button on screen only. */
export function HandoutFrame({
  locale,
  backHref,
  backLabel,
  children,
}: {
  locale: Locale;
  backHref: string;
  backLabel: string;
  children: ReactNode;
}) {
  const t = classroomMessages(locale);
  return (
    <main
      id="main"
      tabIndex={-1}
      data-handout
      className="handout mx-auto max-w-3xl px-5 py-8 focus:outline-none print:max-w-none print:p-0"
    >
      <div className="mb-6 flex flex-wrap gap-3" data-print-hide>
        <PrintButton label={t.printButton} />
        <a href={backHref} className="inline-flex min-h-11 items-center font-semibold underline">
          {backLabel}
        </a>
      </div>
      {children}
    </main>
  );
}
