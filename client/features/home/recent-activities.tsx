import type { ActivityRow } from '../../data/read-model';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { StatusChip } from '../../ui/status-chip';
import { homeMessages } from './home-messages';

/** The last three activities, each opening in the activities screen. */
export function RecentActivities({ recent }: { recent: ActivityRow[] | undefined }) {
  const t = useT(homeMessages);
  const format = useFormat();
  return (
    <Card title={t('recent')} className="home-recent">
      {recent === undefined ? (
        <Skeleton lines={3} height="2.75rem" />
      ) : recent.length === 0 ? (
        <p className="muted">{t('recentNone')}</p>
      ) : (
        <ul className="home-recent__list">
          {recent.map((activity) => (
            <li key={activity.id}>
              <Link
                to={`/kegiatan?dok=${encodeURIComponent(activity.id)}`}
                className="home-recent__item"
              >
                <span className="home-recent__what" translate="no">
                  {activity.kegiatan}
                </span>
                <span className="muted">
                  {format.date(activity.date, 'short')} · {format.clock(activity.start)}–
                  {format.clock(activity.end)}
                </span>
                <StatusChip status={activity.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link to="/kegiatan">{t('allActivities')}</Link>
    </Card>
  );
}
