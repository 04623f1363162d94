/**
 * One day of the month in full: the scans in and out, the hours it is judged by, the minutes late
 * and early, what it costs in TPP and why, the correction that made it what it is (who approved,
 * who applied, when, why), where a request for it stands, and "Ajukan koreksi".
 */
import type { EffectiveDay } from '../../core/attendance';
import type { WorkHours } from '../../core/schemas/reference';
import type { TppDay } from '../../core/tpp';
import type { TppSettings } from '../../core/schemas/attendance';
import { hoursOn } from '../../core/work-hours';
import type { CorrectionRecord } from '../../data/queries/attendance-queries';
import { useDayChangeWords } from '../../ui/use-day-change-words';
import { Button } from '../../ui/button';
import { CorrectionStatusChip } from '../../ui/correction-status-chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useAttendanceVocabulary } from '../../ui/use-attendance-vocabulary';
import { attendanceMessages } from './attendance-messages';

type Props = {
  date: string;
  day: EffectiveDay | undefined;
  hours: WorkHours;
  cost: TppDay | undefined;
  rules: TppSettings;
  record: CorrectionRecord | undefined;
  nameOf: (nip: string) => string;
  /** The first day a correction may be asked for (core's correctableFrom). */
  correctableFrom: string;
  /** Null when the day cannot be corrected (a request approved or applied, too old, future). */
  onCorrect: (() => void) | null;
};

export function DayDetail({
  date,
  day,
  hours,
  cost,
  rules,
  record,
  nameOf,
  correctableFrom,
  onCorrect,
}: Props) {
  const t = useT(attendanceMessages);
  const v = useAttendanceVocabulary();
  const format = useFormat();
  const describeDay = useDayChangeWords();
  const on = hoursOn(hours, date);
  const clock = (time: string | null) => (time === null ? v.scan(null) : format.clock(time));
  const minutes = (m: number) => (m > 0 ? t('minutes', { minutes: m }) : t('none'));
  const facts: [string, string][] = day
    ? [
        [t('status'), v.status(day.status)],
        [t('scanIn'), clock(day.in)],
        [t('scanOut'), clock(day.out)],
        [
          t('hours'),
          on
            ? t('hoursValue', { start: format.clock(on.start), end: format.clock(on.end) })
            : t('notWorkDay'),
        ],
        [t('late'), minutes(day.late)],
        [t('early'), minutes(day.early)],
      ]
    : [];
  const fix = day?.corrected ?? null;
  return (
    <div className="att-day">
      {day ? (
        <dl className="facts">
          {facts.map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div style={{ display: 'contents' }}>
            <dt>{t('cost')}</dt>
            <dd>
              {cost && cost.pct > 0 ? (
                <>
                  <strong>{v.pct(cost.pct)}</strong>
                  <ul className="att-day__reasons">
                    {cost.deductions.map((d) => (
                      <li key={d.kind}>
                        {v.deduction(d)}: {v.pct(d.pct)}
                      </li>
                    ))}
                    {cost.capped && <li>{t('costCapped', { pct: v.pct(rules.dailyCapPct) })}</li>}
                  </ul>
                </>
              ) : (
                t('costNone')
              )}
            </dd>
          </div>
          {fix && (
            <div style={{ display: 'contents' }}>
              <dt>{t('corrected')}</dt>
              <dd>
                {t('correctedValue', {
                  head: nameOf(fix.decidedBy),
                  pengelola: nameOf(fix.appliedBy),
                  date: format.date(fix.appliedAt),
                })}
                <br />
                {t('correctedReason', { reason: fix.reason })}
                {day.imported && (
                  <>
                    <br />
                    {t('beforeCorrection', { day: describeDay(day.imported, date, hours) })}
                  </>
                )}
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="muted">{t('noRecord')}</p>
      )}
      {record && record.status !== 'applied' && (
        <p>
          {t('requestStatus')}: <CorrectionStatusChip status={record.status} />
        </p>
      )}
      {date < correctableFrom && !record && (
        <p className="muted">{t('tooOld', { from: format.date(correctableFrom, 'long') })}</p>
      )}
      {onCorrect && (
        <Button variant="primary" onClick={onCorrect}>
          {record ? t('editRequest') : t('requestCorrection')}
        </Button>
      )}
    </div>
  );
}
