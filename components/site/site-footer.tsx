import { siteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';

export function SiteFooter({ locale }: { locale: Locale }) {
  const dict = siteMessages(locale);
  return (
    <footer className="mt-16 border-t border-line py-8 text-sm text-muted dark:border-night-line dark:text-night-muted">
      <p className="mx-auto max-w-7xl px-4 sm:px-6">{dict.site.footer}</p>
    </footer>
  );
}
