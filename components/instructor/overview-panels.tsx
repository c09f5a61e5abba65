import type { ClassOverview } from '@/lib/instructor/overview';
import { format } from '@/lib/i18n/format';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { formatRupees, groupIndian } from '@/lib/shop/money';
import { Card } from '@/components/ui/card';

/*
 * The dashboard's read-only panels. They render whatever overview they are given, so the
 * server's first paint and every poll afterwards look the same.
 */

type PanelProps = { overview: ClassOverview; strings: InstructorMessages };

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

/** The numbers a teacher glances at, in one row; `stuck` is counted by the dashboard with its own threshold. */
export function StatStrip({ overview, stuck, strings: t }: PanelProps & { stuck: number }) {
  const stats = [
    { id: 'student-count', label: t.statStudents, value: groupIndian(overview.students.length) },
    { id: 'stuck-count', label: t.statStuck, value: groupIndian(stuck) },
    { id: 'session-count', label: t.statSessions, value: groupIndian(overview.sessionCount) },
    { id: 'logged-in-count', label: t.statLoggedIn, value: groupIndian(overview.loggedInCount) },
    { id: 'cart-count', label: t.statCarts, value: groupIndian(overview.carts.length) },
  ];
  const limits = overview.storeLimits;
  return (
    <>
      {limits?.full ? (
        <p
          className="rounded-xl border border-amber-400 bg-amber-50 p-3 font-semibold text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
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
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map((stat) => (
          <Card
            key={stat.id}
            padding={3}
            className={stat.id === 'stuck-count' && stuck > 0 ? 'border-2 border-red-700 dark:border-red-300' : ''}
          >
            <dt className="text-sm font-semibold text-muted dark:text-night-muted">{stat.label}</dt>
            <dd className="text-3xl font-extrabold tabular-nums" data-testid={stat.id}>
              {stat.value}
            </dd>
          </Card>
        ))}
      </dl>
    </>
  );
}

/** The store's other numbers: carts' total, the store kind, logins per demo user. */
export function StoreFacts({ overview, strings: t }: PanelProps) {
  const facts = [
    { id: 'cart-total', label: t.statCartTotal, value: wholeRupees(overview.cartTotalPaise) },
    { id: 'store-kind', label: t.statStore, value: overview.storeKind },
    ...Object.entries(overview.users).map(([user, n]) => ({
      id: `user-${user}`,
      label: `${t.statLoggedIn}: ${user}`,
      value: groupIndian(n),
    })),
  ];
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-2">
      {facts.map((fact) => (
        <div key={fact.id}>
          <dt className="text-sm font-semibold text-muted dark:text-night-muted">{fact.label}</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid={fact.id}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A whole-number step for the y axis that gives at most five ticks. */
function yStep(max: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500]) if (max / step <= 5) return step;
  return Math.ceil(max / 5);
}

/**
 * Students joined per minute, as an SVG with its axes, a value over each bar and a dashed line
 * at each reset (the history before it stays). Text is real SVG text, so it scales with the
 * chart and a screen reader reads the summary sentence above it instead.
 */
export function JoinChart({ overview, strings: t }: PanelProps) {
  const { perMinute, resets, total } = overview.joins;
  const step = yStep(Math.max(1, ...perMinute));
  const top = Math.max(step, Math.ceil(Math.max(1, ...perMinute) / step) * step);
  const [width, height, left, bottom, right, upper] = [640, 240, 44, 34, 8, 18];
  const plotWidth = width - left - right;
  const plotHeight = height - bottom - upper;
  const slot = plotWidth / Math.max(1, perMinute.length);
  const y = (value: number) => upper + plotHeight - (value / top) * plotHeight;
  const ticks = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  const sessionsTotal = overview.createdPerMinute.reduce((sum, n) => sum + n, 0);
  return (
    <section aria-labelledby="joins-title" className="flex h-full min-h-0 flex-col">
      <h2 id="joins-title" className="text-xl font-bold">
        {t.joinsTitle}
      </h2>
      <p className="mt-1 text-lg" data-testid="joins-summary">
        {format(t.joinsSummary, { total, last: perMinute.at(-1) ?? 0 })}
      </p>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="mt-3 max-h-[50vh] min-h-40 w-full flex-1 text-accent dark:text-night-accent"
        aria-hidden="true"
        data-testid="joins-chart"
        fontSize="13"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={tick === 0 ? 0.9 : 0.15} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fill="currentColor" className="fill-ink dark:fill-night-ink">
              {tick}
            </text>
          </g>
        ))}
        <text
          x={12}
          y={upper + plotHeight / 2}
          transform={`rotate(-90 12 ${upper + plotHeight / 2})`}
          textAnchor="middle"
          className="fill-ink dark:fill-night-ink"
        >
          {t.joinsAxisY}
        </text>
        {perMinute.map((n, index) => {
          const x = left + index * slot;
          const ago = perMinute.length - 1 - index;
          return (
            <g key={index}>
              {n > 0 ? <rect x={x + 3} y={y(n)} width={slot - 6} height={y(0) - y(n)} fill="currentColor" /> : null}
              {n > 0 ? (
                <text
                  x={x + slot / 2}
                  y={y(n) - 4}
                  textAnchor="middle"
                  fontWeight="700"
                  className="fill-ink dark:fill-night-ink"
                  data-testid="joins-value"
                >
                  {n}
                </text>
              ) : null}
              {ago % 5 === 0 ? (
                <text x={x + slot / 2} y={height - bottom + 16} textAnchor="middle" className="fill-ink dark:fill-night-ink">
                  {ago === 0 ? t.thisMinute : `−${ago}`}
                </text>
              ) : null}
            </g>
          );
        })}
        <text x={left + plotWidth / 2} y={height - 2} textAnchor="middle" className="fill-ink dark:fill-night-ink">
          {t.joinsAxisX}
        </text>
        {resets.map((index) => (
          <g key={`reset-${index}`} data-testid="joins-reset">
            <line
              x1={left + index * slot}
              x2={left + index * slot}
              y1={upper - 6}
              y2={y(0)}
              stroke="#b91c1c"
              strokeWidth="2"
              strokeDasharray="5 4"
            />
            <text x={left + index * slot + 4} y={upper + 4} fill="#b91c1c" fontWeight="700">
              {t.joinsReset}
            </text>
          </g>
        ))}
      </svg>
      <p className="mt-2 text-sm text-muted dark:text-night-muted">{t.joinsResetNote}</p>
      <p className="mt-1 text-sm text-muted dark:text-night-muted" data-testid="sessions-created">
        {format(t.sessionsCreatedNote, { total: sessionsTotal })}
      </p>
    </section>
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
