'use client';

import { useId, useState } from 'react';
import { classRows, formatDuration, type RowFilter, type RowSort, type StudentRow, type StudentView } from '@/lib/classroom/rows';
import { format } from '@/lib/i18n/format';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { inputClass } from '@/components/ui/field';

const STUCK_CHOICES = [2, 3, 5, 10, 15] as const;
const SORTS: readonly RowSort[] = ['stuck', 'name', 'idle', 'score', 'place'];
const FILTERS: readonly RowFilter[] = ['all', 'stuck', 'active'];

function Place({ row, t }: { row: StudentRow; t: InstructorMessages }) {
  if (row.place === null) return <span className="text-muted dark:text-night-muted">{t.placeNone}</span>;
  return (
    <span className="min-w-0">
      <span className="font-semibold">{row.place.title}</span>
      {row.place.section !== null ? <span className="text-muted dark:text-night-muted"> · {row.place.section}</span> : null}
    </span>
  );
}

function Stuck({ row, t, minutes }: { row: StudentRow; t: InstructorMessages; minutes: number }) {
  if (row.stuck.length === 0) return <span className="text-muted dark:text-night-muted">{t.notStuck}</span>;
  return (
    <span className="flex flex-wrap items-baseline gap-x-2">
      <span className="rounded-md bg-red-800 px-2 font-bold text-white dark:bg-red-300 dark:text-night">{t.stuckBadge}</span>
      <span className="text-[0.85em]">
        {row.stuck.map((reason) => (reason === 'idle' ? format(t.stuckIdle, { minutes }) : t.stuckWrong)).join(' · ')}
      </span>
    </span>
  );
}

const th = 'sticky top-0 bg-white py-1 pr-4 text-left font-semibold dark:bg-night-2';

/** One row per joined student, sorted and filtered, readable from the back of a room. */
export function StudentTable({
  students,
  now,
  stuckMinutes,
  onStuckMinutes,
  strings: t,
}: {
  students: readonly StudentView[];
  now: number;
  stuckMinutes: number;
  onStuckMinutes: (minutes: number) => void;
  strings: InstructorMessages;
}) {
  const [sort, setSort] = useState<RowSort>('stuck');
  const [filter, setFilter] = useState<RowFilter>('all');
  const [query, setQuery] = useState('');
  const ids = useId();
  const rows = classRows(students, { now, stuckAfterMs: stuckMinutes * 60_000, sort, filter, query });
  const sortLabels: Record<RowSort, string> = {
    stuck: t.sortStuck,
    name: t.sortName,
    idle: t.sortIdle,
    score: t.sortScore,
    place: t.sortPlace,
  };
  const filterLabels: Record<RowFilter, string> = { all: t.filterAll, stuck: t.filterStuck, active: t.filterActive };
  const select = `${inputClass} mt-0 w-auto min-h-11`;

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
        <label className="flex flex-col text-sm font-semibold" htmlFor={`${ids}-sort`}>
          {t.sortLabel}
          <select id={`${ids}-sort`} value={sort} onChange={(event) => setSort(event.target.value as RowSort)} className={select}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {sortLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-semibold" htmlFor={`${ids}-filter`}>
          {t.filterLabel}
          <select id={`${ids}-filter`} value={filter} onChange={(event) => setFilter(event.target.value as RowFilter)} className={select}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {filterLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-semibold" htmlFor={`${ids}-stuck`}>
          {t.stuckAfterLabel}
          <select
            id={`${ids}-stuck`}
            value={stuckMinutes}
            onChange={(event) => onStuckMinutes(Number(event.target.value))}
            className={select}
          >
            {STUCK_CHOICES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-48 flex-1 flex-col text-sm font-semibold" htmlFor={`${ids}-query`}>
          {t.searchLabel}
          <input
            id={`${ids}-query`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className={`${inputClass} mt-0 min-h-11`}
          />
        </label>
      </div>
      {students.length === 0 ? (
        <p className="text-lg">{t.noStudents}</p>
      ) : rows.length === 0 ? (
        <p className="text-lg">{t.noMatches}</p>
      ) : (
        <div className="min-h-0 flex-1 overflow-auto">
          <table className="w-full text-lg tabular-nums" data-testid="student-rows">
            <caption className="pb-1 text-left text-sm text-muted dark:text-night-muted">
              {format(t.stuckRule, { minutes: stuckMinutes })}
            </caption>
            <thead>
              <tr className="border-b-2 border-line dark:border-night-line">
                <th scope="col" className={th}>
                  {t.colNickname}
                </th>
                <th scope="col" className={th}>
                  {t.colPlace}
                </th>
                <th scope="col" className={th}>
                  {t.colIdle}
                </th>
                <th scope="col" className={th}>
                  {t.colQuiz}
                </th>
                <th scope="col" className={th}>
                  {t.colCartSize}
                </th>
                <th scope="col" className={th}>
                  {t.colStuck}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.id}
                  data-testid="student-row"
                  data-nickname={row.nickname}
                  data-stuck={row.stuck.length > 0 ? 'yes' : 'no'}
                  className={`border-b border-line/60 align-top dark:border-night-line/60 ${row.stuck.length > 0 ? 'bg-red-50 dark:bg-red-950/40' : ''}`}
                >
                  <th scope="row" className="max-w-56 py-1.5 pr-4 text-left font-bold break-words">
                    {row.nickname}
                    {row.user !== null ? (
                      <span className="block text-[0.8em] font-normal text-muted dark:text-night-muted">
                        {format(t.loggedInAs, { user: row.user })}
                      </span>
                    ) : null}
                  </th>
                  <td className="py-1.5 pr-4" data-testid="student-place">
                    <Place row={row} t={t} />
                  </td>
                  <td className="py-1.5 pr-4" data-testid="student-idle">
                    {formatDuration(row.idleMs)}
                  </td>
                  <td className="py-1.5 pr-4" data-testid="student-quiz">
                    {row.answered === 0 ? t.quizNone : format(t.quizScore, { right: row.firstTryRight, answered: row.answered })}
                  </td>
                  <td className="py-1.5 pr-4" data-testid="student-cart">
                    {row.cartItems}
                  </td>
                  <td className="py-1.5" data-testid="student-stuck">
                    <Stuck row={row} t={t} minutes={stuckMinutes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
