/**
 * A staff member's attendance on the Tim screen, in one line: the latest month imported up to
 * this one, named, with its late days and TPP deduction (or that nothing is imported yet), and a
 * link to their page when correction requests wait for the head's decision.
 */
import type { TeamMemberAttendance } from '../../data/queries/team-attendance-queries';
import { buttonClass } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { useAttendanceVocabulary } from '../../ui/use-attendance-vocabulary';
import { attendanceMessages } from './attendance-messages';
import { monthLabel } from './member-month';
import './member-attendance.css';

export function TeamAttendanceLine({ att }: { att: TeamMemberAttendance }) {
  const t = useT(attendanceMessages);
  const av = useAttendanceVocabulary();
  const format = useFormat();
  return (
    <div className="team-member__attendance">
      <p>
        {att.month
          ? t('teamLine', {
              month: monthLabel(format, att.month.month),
              days: att.month.lateDays,
              pct: av.pct(att.month.deductionPct),
            })
          : t('teamNoData')}
      </p>
      {att.waiting > 0 && (
        <Link className={buttonClass('secondary')} to={`/tim/${att.nip}`}>
          {t('waitingLink', { count: att.waiting })}
        </Link>
      )}
    </div>
  );
}
