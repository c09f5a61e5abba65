'use client';

import { useId } from 'react';
import { useInspection } from '@/components/inspector/use-inspection';
import type { InspectedEvent } from '@/lib/inspector/view';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import { cardClass } from '@/components/ui/card';

type Labels = SiteMessages['widgets']['diagram'];

interface Arrow {
  from: 0 | 1 | 2;
  to: 0 | 1 | 2;
  label: string;
  dashed?: boolean;
}

/** The arrows of one traced request: browser → server → store (each operation) → back. */
function arrowsFor(event: InspectedEvent, labels: Labels, cookieName: string): Arrow[] {
  const sid = (event.sidBefore ?? '').slice(0, 6);
  const arrows: Arrow[] = [
    {
      from: 0,
      to: 1,
      label: `${event.method} ${event.path} · ${event.cookieSent ? format(labels.withCookie, { name: cookieName, sid }) : labels.withoutCookie}`,
    },
  ];
  for (const op of event.storeOperations) {
    arrows.push({ from: 1, to: 2, label: format(labels.storeOp, { op: op.op, sid: op.sid.slice(0, 6) }) });
    if (op.op === 'get') arrows.push({ from: 2, to: 1, label: op.before ? labels.storeReply : labels.storeMiss, dashed: true });
  }
  const status = String(event.status ?? 200);
  arrows.push({
    from: 1,
    to: 0,
    label: event.setCookie ? format(labels.response, { status }) : format(labels.responseNoCookie, { status }),
    dashed: true,
  });
  return arrows;
}

const LANES = [70, 300, 530];
const ROW = 46;

/** A live sequence diagram of this browser's last request, drawn from the server's trace. */
export function RequestDiagram({ labels }: { labels: Labels }) {
  const { view, refresh } = useInspection();
  const titleId = useId();
  const event = view?.events[0];
  const cookieName = view?.sessionCookie.name ?? 'pathshala.sid';
  const arrows = event ? arrowsFor(event, labels, cookieName) : [];
  const height = 70 + arrows.length * ROW + 20;
  return (
    <figure className={cardClass({ padding: 4, className: 'not-prose' })} data-widget="request-diagram">
      <figcaption id={titleId} className="flex items-center gap-2 font-bold">
        {labels.title}
        <button
          type="button"
          onClick={refresh}
          className="ml-auto rounded-md px-2 py-1 text-sm font-semibold hover:bg-accent-soft dark:hover:bg-night"
        >
          {labels.refresh}
        </button>
      </figcaption>
      {!event ? (
        <p className="mt-3 text-muted dark:text-night-muted">{labels.empty}</p>
      ) : (
        <>
          <div className="mt-3 overflow-x-auto">
            <svg viewBox={`0 0 600 ${height}`} className="w-full min-w-[32rem] text-ink dark:text-night-ink" aria-hidden="true">
              <defs>
                <marker
                  id={`${titleId}-arrow`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M0 0 10 5 0 10z" fill="currentColor" />
                </marker>
              </defs>
              {[labels.browser, labels.server, labels.store].map((name, lane) => (
                <g key={name}>
                  <rect
                    x={(LANES[lane] ?? 0) - 55}
                    y={8}
                    width={110}
                    height={32}
                    rx={8}
                    className="fill-accent-soft stroke-accent dark:fill-night dark:stroke-night-accent"
                  />
                  <text x={LANES[lane]} y={29} textAnchor="middle" className="fill-current text-[13px] font-bold">
                    {name}
                  </text>
                  <line
                    x1={LANES[lane]}
                    x2={LANES[lane]}
                    y1={40}
                    y2={height - 10}
                    stroke="currentColor"
                    strokeOpacity={0.35}
                    strokeDasharray="4 4"
                  />
                </g>
              ))}
              {arrows.map((arrow, index) => {
                const y = 70 + index * ROW;
                const x1 = LANES[arrow.from] ?? 0;
                const x2 = LANES[arrow.to] ?? 0;
                const mid = (x1 + x2) / 2;
                return (
                  <g key={index} data-step={index}>
                    <line
                      x1={x1}
                      x2={x2 + (x2 > x1 ? -4 : 4)}
                      y1={y}
                      y2={y}
                      stroke="currentColor"
                      strokeWidth={1.6}
                      strokeDasharray={arrow.dashed ? '6 4' : undefined}
                      markerEnd={`url(#${titleId}-arrow)`}
                    />
                    <text
                      x={arrow.from === 0 && arrow.to === 1 ? x1 + 6 : mid}
                      y={y - 7}
                      textAnchor={arrow.from === 0 && arrow.to === 1 ? 'start' : 'middle'}
                      className="fill-current font-mono text-[11px]"
                    >
                      {arrow.label.length > 70 ? `${arrow.label.slice(0, 69)}…` : arrow.label}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <div className="mt-3 text-sm">
            <p className="font-semibold">{labels.steps}</p>
            <ol className="mt-1 list-decimal space-y-0.5 pl-5" data-testid="diagram-steps">
              <li>
                {format(labels.stepRequest, {
                  method: event.method,
                  path: event.path,
                  cookie: event.cookieSent
                    ? format(labels.withCookie, { name: cookieName, sid: (event.sidBefore ?? '').slice(0, 6) })
                    : labels.withoutCookie,
                })}
              </li>
              {event.storeOperations.map((op, index) => (
                <li key={index}>{format(labels.stepStore, { op: op.op, sid: op.sid.slice(0, 6) })}</li>
              ))}
              <li>
                {format(labels.stepResponse, {
                  response: event.setCookie
                    ? format(labels.response, { status: String(event.status ?? 200) })
                    : format(labels.responseNoCookie, { status: String(event.status ?? 200) }),
                })}
              </li>
            </ol>
          </div>
        </>
      )}
    </figure>
  );
}
