/**
 * "Kehadiran" on a staff member's page (`/tim/{nip}`): their latest month imported up to this one
 * in figures and its TPP with each day that costs and why, in the components the employee's
 * Kehadiran shows (ui/attendance-calendar-totals, ui/tpp-breakdown; the calendar is theirs), the
 * correction requests waiting for the head with Setujui / Tolak, and those decided or applied.
 * Reads the device only, so it works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { memberAttendance } from '../../data/queries/team-attendance-queries';
import { useReadModel } from '../../data/user-data';
import { AttendanceTotalsList } from '../../ui/attendance-calendar-totals';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { TppBreakdown } from '../../ui/tpp-breakdown';
import { DecidedCorrection, WaitingCorrection } from './attendance-correction-item';
import { attendanceMessages } from './attendance-messages';
import { monthLabel } from './member-month';
import './member-attendance.css';

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
          {data.latest ? (
            <>
              <h3 className="member-subheading">{monthLabel(format, data.latest.month.month)}</h3>
              <AttendanceTotalsList totals={data.latest.totals} />
              <h3 className="member-subheading">{t('tppTitle')}</h3>
              <TppBreakdown
                tpp={data.latest.tpp}
                rules={data.rules}
                kelasJabatan={data.kelasJabatan}
                headingLevel={4}
              />
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
