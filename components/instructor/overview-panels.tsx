import type { InstructorOverview } from '@/lib/instructor/overview';
import { format } from '@/lib/i18n/format';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { formatRupees, groupIndian } from '@/lib/shop/money';
import { Card } from '@/components/ui/card';

/*
 * The dashboard's read-only panels. They render whatever overview they are given, so the
 * server's first paint and every poll afterwards look the same.
 */

type PanelProps = { overview: InstructorOverview; strings: InstructorMessages };

/** Whole rupees: a class's totals need no paise. */
function wholeRupees(paise: number): string {
  return formatRupees(Math.round(paise / 100) * 100);
}

/** "mm:ss" left until `iso`, counted from when the overview was made (so server and browser agree). */
function timeLeft(iso: string | null, generatedAt: string): string {
  if (iso === null) return '—';
  const seconds = Math.max(0, Math.round((Date.parse(iso) - Date.parse(generatedAt)) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function StatCards({ overview, strings: t }: PanelProps) {
  const stats = [
    { id: 'session-count', label: t.statSessions, value: groupIndian(overview.sessionCount) },
    { id: 'logged-in-count', label: t.statLoggedIn, value: groupIndian(overview.loggedInCount) },
    { id: 'cart-count', label: t.statCarts, value: groupIndian(overview.carts.length) },
    { id: 'cart-total', label: t.statCartTotal, value: wholeRupees(overview.cartTotalPaise) },
    { id: 'store-kind', label: t.statStore, value: overview.storeKind },
  ];
  const limits = overview.storeLimits;
  return (
    <>
      {limits?.full ? (
        <p
          className="mb-3 rounded-xl border border-amber-400 bg-amber-50 p-3 font-semibold text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
          role="status"
          data-testid="store-full"
        >
          {format(t.storeFull, {
            count: groupIndian(overview.sessionCount),
            max: groupIndian(limits.maxEntries),
            evicted: groupIndian(limits.evicted),
          })}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map((stat) => (
          <Card key={stat.id} padding={4}>
            <dt className="text-sm font-semibold text-muted dark:text-night-muted">{stat.label}</dt>
            <dd className="mt-1 text-4xl font-extrabold tabular-nums" data-testid={stat.id}>
              {stat.value}
            </dd>
          </Card>
        ))}
        {Object.entries(overview.users).map(([user, n]) => (
          <Card key={user} padding={4}>
            <dt className="text-sm font-semibold text-muted dark:text-night-muted">{`${t.statLoggedIn}: ${user}`}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">{groupIndian(n)}</dd>
          </Card>
        ))}
      </dl>
    </>
  );
}

/** Bars drawn as SVG attributes (no inline styles), with the numbers in words beside them. */
export function CreationChart({ perMinute, strings: t }: { perMinute: readonly number[]; strings: InstructorMessages }) {
  const max = Math.max(1, ...perMinute);
  const total = perMinute.reduce((sum, n) => sum + n, 0);
  const barWidth = 100 / Math.max(1, perMinute.length);
  return (
    <Card as="section" aria-labelledby="per-minute-title" padding={4}>
      <h2 id="per-minute-title" className="text-xl font-bold">
        {t.perMinuteTitle}
      </h2>
      <p className="mt-1 text-muted dark:text-night-muted" data-testid="per-minute-summary">
        {format(t.perMinuteSummary, { total, last: perMinute.at(-1) ?? 0 })}
      </p>
      <svg
        viewBox="0 0 100 40"
        preserveAspectRatio="none"
        className="mt-3 h-32 w-full text-accent dark:text-night-accent"
        aria-hidden="true"
      >
        {perMinute.map((n, index) => {
          const height = (n / max) * 38;
          return <rect key={index} x={index * barWidth + 0.5} y={40 - height} width={barWidth - 1} height={height} fill="currentColor" />;
        })}
      </svg>
      <div className="flex justify-between text-xs text-muted dark:text-night-muted" aria-hidden="true">
        <span>{format(t.minutesAgo, { n: perMinute.length - 1 })}</span>
        <span>{t.thisMinute}</span>
      </div>
    </Card>
  );
}

export function CartsPanel({ overview, strings: t }: PanelProps) {
  return (
    <Card as="section" aria-labelledby="carts-title" padding={4}>
      <h2 id="carts-title" className="text-xl font-bold">
        {t.cartsTitle}
      </h2>
      {overview.carts.length === 0 ? (
        <p className="mt-2 text-muted dark:text-night-muted">{t.cartsEmpty}</p>
      ) : (
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {overview.carts.slice(0, 40).map((cart, index) => (
            <li key={`${cart.id}-${index}`} className="flex justify-between gap-3 rounded-md bg-accent-soft px-3 py-2 dark:bg-night">
              <span className="font-mono">{cart.id}</span>
              <span>{format(t.cartItems, { items: cart.items })}</span>
              <span className="font-semibold tabular-nums">{wholeRupees(cart.totalPaise)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function SessionTable({ overview, strings: t }: PanelProps) {
  return (
    <Card as="section" aria-labelledby="rows-title" padding={4}>
      <h2 id="rows-title" className="text-xl font-bold">
        {t.rowsTitle}
      </h2>
      {overview.rows.length === 0 ? (
        <p className="mt-2 text-muted dark:text-night-muted">{t.noSessions}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left tabular-nums" data-testid="session-rows">
            <caption className="pb-2 text-left text-sm text-muted dark:text-night-muted">
              {overview.rowsTruncated
                ? `${t.rowsCaption} ${format(t.rowsTruncated, { shown: overview.rows.length, total: overview.sessionCount })}`
                : t.rowsCaption}
            </caption>
            <thead>
              <tr className="border-b border-line dark:border-night-line">
                <th scope="col" className="py-1 pr-4">
                  {t.colId}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t.colSize}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t.colExpires}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t.colUser}
                </th>
                <th scope="col" className="py-1">
                  {t.colCart}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.rows.map((row, index) => (
                <tr key={`${row.id}-${index}`} className="border-b border-line/60 dark:border-night-line/60">
                  <td className="py-1 pr-4 font-mono">{row.id}</td>
                  <td className="py-1 pr-4">{format(t.bytes, { n: groupIndian(row.sizeBytes) })}</td>
                  <td className="py-1 pr-4">
                    {row.expires === null ? '—' : <time dateTime={row.expires}>{timeLeft(row.expires, overview.generatedAt)}</time>}
                  </td>
                  <td className="py-1 pr-4">{row.loggedIn ? t.yes : t.no}</td>
                  <td className="py-1">{row.cartItems}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
