import { Link } from '@/components/site/link';
import type { Locale } from '@/lib/i18n/locales';
import type { LabsMessages } from '@/lib/i18n/messages/labs';

/** "Server store" vs "sealed cookie": the cart lab and the stateless lab, as a segmented control of links. */
export function SessionModeSwitch({
  locale,
  current,
  labels,
}: {
  locale: Locale;
  current: 'store' | 'sealed';
  labels: LabsMessages['stateless'];
}) {
  const modes = [
    { key: 'store' as const, href: `/${locale}/lab/cart`, label: labels.switchStore },
    { key: 'sealed' as const, href: `/${locale}/lab/stateless`, label: labels.switchSealed },
  ];
  return (
    <nav aria-label={labels.switchLabel} className="mb-4 inline-flex rounded-lg border border-line p-1 text-sm dark:border-night-line">
      {modes.map((mode) => (
        <Link
          key={mode.key}
          href={mode.href}
          aria-current={mode.key === current ? 'page' : undefined}
          className={`inline-flex min-h-11 items-center rounded-md px-3 py-1 font-semibold ${mode.key === current ? 'bg-accent text-white dark:bg-night-accent dark:text-night' : 'hover:bg-accent-soft dark:hover:bg-night-2'}`}
        >
          {mode.label}
        </Link>
      ))}
    </nav>
  );
}
