/**
 * One person's attendance month on a phone: a grid of week rows with a column per weekday the
 * person works (five on most units, so a cell stays a touch target at 360 px), each day with its
 * status as a short code, late and early minutes, missing scans and a mark for a corrected day,
 * its colour only a second cue; and a list of the days with the words in full (the only view
 * when a unit works every day of the week). Takes data, queries nothing: the employee's Kehadiran
 * and the head's view of a team member show the same.
 */
import { useState } from 'react';
import { datesOfMonth, type EffectiveDay } from '../core/attendance';
import { isoWeekday } from '../core/dates';
import type { WorkHours } from '../core/schemas/reference';
import { attendanceCalendarMessages } from './attendance-calendar-messages';
import { useFormat } from './format';
import { useT } from './i18n';
import { useAttendanceVocabulary } from './use-attendance-vocabulary';
import './attendance-calendar.css';

/** The tone of a day: colour as a second cue next to its code. */
export type DayTone = 'ok' | 'issue' | 'absent' | 'leave' | 'off' | 'none';

export function dayTone(day: EffectiveDay | undefined): DayTone {
  if (!day) return 'none';
  if (day.status === 'tanpa-keterangan') return 'absent';
  if (day.status === 'libur' || !day.workDay) return 'off';
  if (day.status !== 'hadir') return 'leave';
  return day.late > 0 || day.early > 0 || day.in === null || day.out === null ? 'issue' : 'ok';
}

/** The short codes and the spoken description of a day. */
export function useDayWords() {
  const t = useT(attendanceCalendarMessages);
  const v = useAttendanceVocabulary();
  const format = useFormat();
  const hadir = (d: EffectiveDay) => d.status === 'hadir' && d.workDay;
  return {
    /** "H", "DL", "–". */
    code: (d: EffectiveDay | undefined) => (d ? t(`short.${d.status}`) : t('shortNone')),
    /** "TL 35", "PSW 10", "TAM": what a hadir day lacks, shortest first. */
    flags: (d: EffectiveDay | undefined): string[] =>
      !d || !hadir(d)
        ? []
        : [
            ...(d.in === null ? [t('shortNoIn')] : []),
            ...(d.late > 0 ? [t('shortLate', { minutes: d.late })] : []),
            ...(d.out === null ? [t('shortNoOut')] : []),
            ...(d.early > 0 ? [t('shortEarly', { minutes: d.early })] : []),
          ],
    /** "Hadir, terlambat 35 menit, dikoreksi". */
    describe: (d: EffectiveDay | undefined): string => {
      if (!d) return t('dayNoRecord');
      const parts = [v.status(d.status)];
      if (d.status === 'hadir' && (d.in !== null || d.out !== null))
        parts.push(
          t('scans', {
            in: d.in === null ? v.scan(null) : format.clock(d.in),
            out: d.out === null ? v.scan(null) : format.clock(d.out),
          }),
        );
      if (hadir(d)) {
        if (d.in === null) parts.push(t('dayNoIn'));
        if (d.late > 0) parts.push(t('dayLate', { minutes: d.late }));
        if (d.out === null) parts.push(t('dayNoOut'));
        if (d.early > 0) parts.push(t('dayEarly', { minutes: d.early }));
      }
      if (!d.workDay && d.status !== 'libur') parts.push(t('dayOff'));
      if (d.corrected) parts.push(t('dayCorrected'));
      return parts.join(', ');
    },
  };
}

type Props = {
  /** `yyyy-mm`. */
  month: string;
  days: readonly EffectiveDay[];
  hours: WorkHours;
  /** Days after it cannot be opened (nothing recorded yet). */
  today: string;
  selected: string | null;
  onSelect: (date: string) => void;
};

/** The weekday columns: the days the hours work, and any other weekday with a record to show. */
function columnsOf(hours: WorkHours, days: readonly EffectiveDay[]): number[] {
  const extra = days
    .filter((d) => d.status !== 'libur' || d.corrected)
    .map((d) => isoWeekday(d.date));
  return [...new Set([...hours.days, ...extra])].sort((a, b) => a - b);
}

/** The month's dates in week rows (Monday first), each row a weekday → date map. */
function weeksOf(month: string): Map<number, string>[] {
  const weeks: Map<number, string>[] = [];
  for (const date of datesOfMonth(month)) {
    const wd = isoWeekday(date);
    if (weeks.length === 0 || wd === 1) weeks.push(new Map());
    weeks.at(-1)?.set(wd, date);
  }
  return weeks;
}

/** A Monday, for weekday names (2024-01-01 was one). */
const MONDAY = Date.UTC(2024, 0, 1);

export function AttendanceCalendar({ month, days, hours, today, selected, onSelect }: Props) {
  const t = useT(attendanceCalendarMessages);
  const v = useAttendanceVocabulary();
  const format = useFormat();
  const words = useDayWords();
  const byDate = new Map(days.map((d) => [d.date, d]));
  const columns = columnsOf(hours, days);
  const gridFits = columns.length <= 6;
  const [view, setView] = useState<'grid' | 'list'>('grid');
  const shown = gridFits ? view : 'list';
  const weekday = new Intl.DateTimeFormat(format.ctx.locale, { weekday: 'short', timeZone: 'UTC' });
  const monthName = format.period({
    kind: 'monthly',
    year: Number(month.slice(0, 4)),
    start: `${month}-01`,
  });
  const label = (date: string) =>
    `${format.date(date, 'long')}: ${words.describe(byDate.get(date))}`;

  const dayButton = (date: string) => {
    const day = byDate.get(date);
    const flags = words.flags(day);
    return (
      <button
        type="button"
        className="att-cal__day"
        data-tone={dayTone(day)}
        aria-label={label(date)}
        aria-pressed={selected === date}
        onClick={() => onSelect(date)}
      >
        <span className="att-cal__num" aria-hidden="true">
          {Number(date.slice(8))}
          {day?.corrected && <span className="att-cal__mark">{t('correctedMark')}</span>}
        </span>
        <span className="att-cal__code" aria-hidden="true">
          {words.code(day)}
        </span>
        {flags.map((f) => (
          <span key={f} className="att-cal__flag" aria-hidden="true">
            {f}
          </span>
        ))}
      </button>
    );
  };

  return (
    <div className="att-cal">
      {gridFits && (
        <div className="row att-cal__views" role="group" aria-label={t('viewLabel')}>
          {(['grid', 'list'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className="btn btn--ghost"
              aria-pressed={view === k}
              onClick={() => setView(k)}
            >
              {t(k === 'grid' ? 'viewGrid' : 'viewList')}
            </button>
          ))}
        </div>
      )}
      {shown === 'grid' ? (
        <table className="att-cal__grid" style={{ ['--att-cols' as string]: columns.length }}>
          <caption className="visually-hidden">{t('caption', { month: monthName })}</caption>
          <thead>
            <tr>
              {columns.map((wd) => (
                <th key={wd} scope="col">
                  {weekday.format(new Date(MONDAY + (wd - 1) * 86_400_000))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(month)
              .filter((w) => columns.some((wd) => w.has(wd)))
              .map((week) => (
                <tr key={[...week.values()][0]}>
                  {columns.map((wd) => {
                    const date = week.get(wd);
                    return (
                      <td key={wd}>
                        {date === undefined ? null : date > today ? (
                          <span className="att-cal__day att-cal__day--future">
                            {Number(date.slice(8))}
                          </span>
                        ) : (
                          dayButton(date)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      ) : (
        <ul className="att-cal__list" aria-label={t('caption', { month: monthName })}>
          {datesOfMonth(month)
            .filter(
              (date) => date <= today && (byDate.has(date) || columns.includes(isoWeekday(date))),
            )
            .map((date) => {
              const day = byDate.get(date);
              return (
                <li key={date}>
                  <button
                    type="button"
                    className="att-cal__row"
                    data-tone={dayTone(day)}
                    aria-pressed={selected === date}
                    onClick={() => onSelect(date)}
                  >
                    <span className="att-cal__row-date">{format.date(date, 'long')}</span>
                    <span>
                      <span className="att-cal__code" aria-hidden="true">
                        {words.code(day)}
                      </span>{' '}
                      {words.describe(day)}
                    </span>
                  </button>
                </li>
              );
            })}
        </ul>
      )}
      <details className="att-cal__legend">
        <summary>{t('legendTitle')}</summary>
        <ul>
          {(
            [
              'hadir',
              'izin',
              'sakit',
              'cuti',
              'dinas-luar',
              'tugas-belajar',
              'tanpa-keterangan',
              'libur',
            ] as const
          ).map((s) => (
            <li key={s}>
              {t(`short.${s}`)}: {v.status(s)}
            </li>
          ))}
          <li>{t('legendLate')}</li>
          <li>{t('legendEarly')}</li>
          <li>{t('legendNoIn')}</li>
          <li>{t('legendNoOut')}</li>
          <li>{t('legendCorrected')}</li>
        </ul>
      </details>
    </div>
  );
}
