/**
 * A month's attendance in figures, beside its calendar on the employee's Kehadiran and on a staff
 * member's page for their head: days present of working days, each kind of leave, tanpa
 * keterangan, late arrival and early leave in days and minutes, missing scans and corrected days.
 * Takes the totals core computed (attendance.ts totalsOf).
 */
import type { AttendanceTotals } from '../core/attendance';
import { attendanceCalendarMessages } from './attendance-calendar-messages';
import { useT } from './i18n';
import { useAttendanceVocabulary } from './use-attendance-vocabulary';
import './attendance-calendar.css';

const LEAVE = ['cuti', 'izin', 'sakit', 'dinas-luar', 'tugas-belajar', 'tanpa-keterangan'] as const;

export function AttendanceTotalsList({ totals }: { totals: AttendanceTotals }) {
  const t = useT(attendanceCalendarMessages);
  const v = useAttendanceVocabulary();
  const days = (count: number) => t('totalsDays', { count });
  const rows: [string, string][] = [
    [
      t('totalsPresent'),
      t('totalsPresentValue', { present: totals.present, working: totals.workingDays }),
    ],
    ...LEAVE.map((s): [string, string] => [v.status(s), days(totals.byStatus[s])]),
    [t('totalsLate'), t('totalsMinutes', { days: totals.lateDays, minutes: totals.lateMinutes })],
    [
      t('totalsEarly'),
      t('totalsMinutes', { days: totals.earlyDays, minutes: totals.earlyMinutes }),
    ],
    [t('totalsMissing'), days(totals.missingScans)],
    [t('totalsCorrected'), days(totals.corrected)],
  ];
  return (
    <dl className="att-totals">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
