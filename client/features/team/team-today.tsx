/** "Tim" today: who logged what and for how long, and how many entries wait per person. */
import type { TeamMemberDay } from '../../data/queries/activity-queries';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { StatusChip } from '../../ui/status-chip';
import { useDuration } from '../../ui/use-duration';
import { teamMessages } from './team-messages';
import { useTeamDay } from './use-team-data';

function Member({ member }: { member: TeamMemberDay }) {
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
    </Card>
  );
}

export function TeamToday({ headNip, today }: { headNip: string; today: string }) {
  const t = useT(teamMessages);
  const format = useFormat();
  const team = useTeamDay(headNip, today);
  const pending = team?.reduce((sum, m) => sum + m.pending, 0) ?? 0;
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
          <div className="columns">
            {team.map((m) => (
              <Member key={m.nip} member={m} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
