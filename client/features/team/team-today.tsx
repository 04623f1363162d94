/**
 * "Tim" today: who logged what and for how long, and how many entries wait per person; each
 * person's attendance this month (late days, TPP deduction, corrections to decide); and their
 * competency development for the year (JP against the target, requests to decide).
 */
import type { TeamMemberDay } from '../../data/queries/activity-queries';
import type { TeamMemberDevelopment } from '../../data/queries/development-team-queries';
import type { TeamMemberAttendance } from '../../data/queries/team-attendance-queries';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { StatusChip } from '../../ui/status-chip';
import { useDuration } from '../../ui/use-duration';
import { attendanceMessages } from './attendance-messages';
import { developmentMessages } from './development-messages';
import { JpSummary } from './jp-summary';
import { TeamAttendanceLine } from './team-attendance-line';
import { teamMessages } from './team-messages';
import { useTeamAttendance, useTeamDay, useTeamDevelopment } from './use-team-data';

/** A person's JP for the year and their requests waiting for the head's decision. */
function MemberJp({ dev }: { dev: TeamMemberDevelopment }) {
  const t = useT(developmentMessages);
  return (
    <div className="team-member__development">
      <p className="muted">{t('teamTitle', { year: String(dev.progress.year) })}</p>
      <JpSummary progress={dev.progress} />
      {dev.waiting > 0 && (
        <Link className={buttonClass('secondary')} to={`/tim/${dev.nip}`}>
          {t('waitingLink', { count: dev.waiting })}
        </Link>
      )}
    </div>
  );
}

function Member({
  member,
  dev,
  att,
}: {
  member: TeamMemberDay;
  dev: TeamMemberDevelopment | undefined;
  att: TeamMemberAttendance | undefined;
}) {
  const t = useT(teamMessages);
  const format = useFormat();
  const duration = useDuration();
  return (
    <Card
      title={
        <Link to={`/tim/${member.nip}`} translate="no">
          {member.name}
        </Link>
      }
      headingLevel={2}
      className="team-member"
    >
      <p className="muted team-member__position" translate="no">
        {member.position}
      </p>
      <p>
        {member.entries.length === 0
          ? t('memberNone')
          : t('memberLine', { count: member.entries.length, duration: duration(member.minutes) })}
      </p>
      {member.entries.length > 0 && (
        <ul className="team-entries">
          {member.entries.map((e) => (
            <li key={e.id}>
              <span className="muted">
                {format.clock(e.start)}–{format.clock(e.end)}
              </span>{' '}
              <span translate="no">{e.kegiatan}</span> <StatusChip status={e.status} />
            </li>
          ))}
        </ul>
      )}
      {member.pending > 0 ? (
        <Link className={buttonClass('secondary')} to={`/tim/verifikasi?pegawai=${member.nip}`}>
          {t('pendingLink', { count: member.pending })}
        </Link>
      ) : (
        <p className="muted">{t('pendingNone')}</p>
      )}
      {att && <TeamAttendanceLine att={att} />}
      {dev && <MemberJp dev={dev} />}
    </Card>
  );
}

export function TeamToday({ headNip, today }: { headNip: string; today: string }) {
  const t = useT(teamMessages);
  const format = useFormat();
  const tDev = useT(developmentMessages);
  const tAtt = useT(attendanceMessages);
  const team = useTeamDay(headNip, today);
  const development = useTeamDevelopment(headNip, today);
  const attendance = useTeamAttendance(headNip, today);
  const pending = team?.reduce((sum, m) => sum + m.pending, 0) ?? 0;
  const waiting = [...(development?.values() ?? [])].reduce((sum, m) => sum + m.waiting, 0);
  const corrections = [...(attendance?.values() ?? [])].reduce((sum, m) => sum + m.waiting, 0);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('today', { date: format.date(today, 'long') })}</p>
      {team === undefined ? (
        <Skeleton lines={4} height="5rem" announce />
      ) : team.length === 0 ? (
        <EmptyState title={t('noReports')} />
      ) : (
        <>
          <p>
            <Link className={buttonClass('primary')} to="/tim/verifikasi">
              {t('openQueue', { count: pending })}
            </Link>
          </p>
          {attendance && (
            <p>
              {corrections > 0 ? tAtt('teamWaiting', { count: corrections }) : tAtt('teamNone')}
            </p>
          )}
          {development && (
            <p>{waiting > 0 ? tDev('teamWaiting', { count: waiting }) : tDev('teamNone')}</p>
          )}
          <div className="columns">
            {team.map((m) => (
              <Member
                key={m.nip}
                member={m}
                dev={development?.get(m.nip)}
                att={attendance?.get(m.nip)}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}
