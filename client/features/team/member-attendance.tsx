/**
 * "Kehadiran" on a staff member's page (`/tim/{nip}`): their latest imported month in figures
 * (present of working days, late arrival, early leave, tanpa keterangan, missing scans, corrected
 * days), the month's TPP deduction with each day that costs and why (core's tppMonth: a plain
 * list, the employee's Kehadiran has the calendar), the correction requests waiting for the head
 * with Setujui / Tolak, and those decided or applied. Reads the device only, so it works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AttendanceTotals } from '../../core/attendance';
import type { TppMonth } from '../../core/tpp';
import { memberAttendance } from '../../data/queries/team-attendance-queries';
import { useReadModel } from '../../data/user-data';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { useAttendanceVocabulary } from '../../ui/use-attendance-vocabulary';
import { DecidedCorrection, WaitingCorrection } from './attendance-correction-item';
import { attendanceMessages } from './attendance-messages';
import { monthLabel } from './member-month';
import './member-attendance.css';

function Figures({ totals }: { totals: AttendanceTotals }) {
  const t = useT(attendanceMessages);
  const format = useFormat();
  const n = (value: number) => format.number(value);
  const figures: [string, string][] = [
    [
      t('present'),
      t('presentValue', { present: n(totals.present), working: n(totals.workingDays) }),
    ],
    [t('late'), t('daysMinutes', { days: totals.lateDays, minutes: n(totals.lateMinutes) })],
    [t('early'), t('daysMinutes', { days: totals.earlyDays, minutes: n(totals.earlyMinutes) })],
    [t('absent'), t('days', { days: totals.byStatus['tanpa-keterangan'] })],
    [t('missingScans'), t('days', { days: totals.missingScans })],
    [t('corrected'), t('days', { days: totals.corrected })],
  ];
  return (
    <dl className="att-figures">
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The month's deduction, what is received, and each day that costs with its reasons. */
function TppSummary({ tpp }: { tpp: TppMonth }) {
  const t = useT(attendanceMessages);
  const av = useAttendanceVocabulary();
  const format = useFormat();
  const rupiah = (value: number) =>
    format.number(value, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  const share = av.pct(tpp.disciplineShare);
  return (
    <>
      <h3 className="member-subheading">{t('tppTitle')}</h3>
      {tpp.days.length === 0 ? (
        <p>{t('tppNone')}</p>
      ) : (
        <>
          <p className="att-tpp__total">
            <strong>
              {t(tpp.basis === 'discipline' ? 'tppOfDiscipline' : 'tppOfTotal', {
                pct: av.pct(tpp.deductionPct),
                share,
              })}
            </strong>
          </p>
          <p>{t('tppReceived', { pct: av.pct(tpp.receivedPct) })}</p>
          {tpp.base !== null && tpp.deductionAmount !== null && (
            <p>{t('tppAmount', { amount: rupiah(tpp.deductionAmount), base: rupiah(tpp.base) })}</p>
          )}
          <h4 className="att-tpp__days-title">{t('tppDays')}</h4>
          <ul className="att-tpp__days">
            {tpp.days.map((d) => (
              <li key={d.date}>
                <span className="att-tpp__date">{format.date(d.date)}</span>
                <span>
                  {d.deductions.map((x) => av.deduction(x)).join(', ')}
                  {d.day.corrected && <span className="muted"> ({t('correctedDay')})</span>}
                </span>
                <span className="att-tpp__cost">
                  {t('dayCost', { pct: av.pct(d.pct) })}
                  {d.capped && (
                    <span className="muted"> · {t('capped', { cap: av.pct(d.pct) })}</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function MemberAttendance({ nip, today }: { nip: string; today: string }) {
  const t = useT(attendanceMessages);
  const format = useFormat();
  const rm = useReadModel();
  const data = useLiveQuery(() => memberAttendance(rm, nip, today), [rm, nip, today]);
  const [decided, setDecided] = useState(false);
  const onDecided = () => setDecided(true);
  return (
    <Card title={t('title')} className="member-attendance">
      {data === undefined ? (
        <Skeleton lines={3} />
      ) : (
        <>
          {data.month && data.totals && data.tpp ? (
            <>
              <h3 className="member-subheading">{monthLabel(format, data.month.month)}</h3>
              <Figures totals={data.totals} />
              <TppSummary tpp={data.tpp} />
            </>
          ) : (
            <p className="muted">{t('none')}</p>
          )}
          <p role="status" className="muted">
            {decided ? t('decided') : ''}
          </p>
          <h3 className="member-subheading">{t('waitingTitle')}</h3>
          {data.waiting.length === 0 ? (
            <p className="muted">{t('waitingNone')}</p>
          ) : (
            <ul className="att-requests">
              {data.waiting.map((r) => (
                <WaitingCorrection key={r.request._id} record={r} onDecided={onDecided} />
              ))}
            </ul>
          )}
          {data.decided.length > 0 && (
            <>
              <h3 className="member-subheading">{t('historyTitle')}</h3>
              <ul className="att-requests">
                {data.decided.map((r) => (
                  <DecidedCorrection
                    key={r.request._id}
                    record={r}
                    names={data.names}
                    onDecided={onDecided}
                  />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}
