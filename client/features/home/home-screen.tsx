/** Beranda: a greeting, Perlu tindakan, the year's JP, the team's day, today's log, this month's activities by status, the year's three aspects, recent work. */
import type { ActivityStatus } from '../../core/activity-status';
import { useSessionStore } from '../../data/session-store';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat, type Formatter } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { useDuration } from '../../ui/use-duration';
import { useVocabulary } from '../../ui/use-vocabulary';
import { usePerluTindakan } from '../../data/queries/todo-queries';
import { homeMessages } from './home-messages';
import { JpCard } from './jp-card';
import { PerluTindakan } from './perlu-tindakan';
import { PraktikBaikCard } from './praktik-baik-card';
import { RecentActivities } from './recent-activities';
import { ThreeAspectsCard } from './three-aspects-card';
import { useHomeSummary } from './use-home-summary';
import './home.css';

/** The activity statuses in the order the month's counts list them. */
const MONTH_ORDER: readonly ActivityStatus[] = ['approved', 'submitted', 'returned', 'draft'];

/** "Dewi Lestari, S.Pd." → "Dewi Lestari": academic titles after the comma stay on documents. */
function callName(name: string): string {
  return name.split(',')[0]?.trim() || name;
}

function greetingKey(format: Formatter) {
  const hour = Number(format.time(new Date()).slice(0, 2));
  if (hour < 11) return 'morning';
  if (hour < 15) return 'midday';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

export function HomeScreen() {
  const t = useT(homeMessages);
  const vocabulary = useVocabulary();
  const format = useFormat();
  const duration = useDuration();
  const user = useSessionStore((s) => s.user);
  const today = format.today();
  const isHead = user?.roles.includes('pejabat-penilai') ?? false;
  const summary = useHomeSummary(user?.nip ?? '', today, isHead);
  const todo = usePerluTindakan(user?.nip ?? '', today);
  if (!user) return null;
  // The admin account is nobody in the directory: it logs nothing and keeps the organisation.
  const inDirectory = user.position !== null;
  const keepsOrg = user.roles.includes('pengelola') || user.roles.includes('admin');

  return (
    <>
      <h1>{t(greetingKey(format), { name: callName(user.name) })}</h1>
      <p className="muted">
        {format.date(today, 'long')}
        {inDirectory && (
          <>
            {' · '}
            <span translate="no">{user.position}</span>
          </>
        )}
      </p>
      {/* Perlu tindakan comes first and may be of any length: the rest waits for it, so that
          nothing below is pushed down when it arrives (a few milliseconds, read on the device). */}
      {inDirectory && todo === undefined ? (
        <Skeleton lines={4} height="2.75rem" />
      ) : (
        // data-beranda-ready: the first-run tour waits for these cards (tour-steps.ts).
        <div className="columns" data-beranda-ready="">
          {/* What waits for the person comes first, above their own figures. */}
          {inDirectory && todo && <PerluTindakan items={todo} />}
          {/* The year's JP of competency development, below what waits for the person. */}
          {inDirectory && <JpCard nip={user.nip} year={Number(today.slice(0, 4))} />}
          {/* The team's day; what waits for the head's verification is in Perlu tindakan. */}
          {isHead && (
            <Card title={t('team')}>
              {summary === undefined ? (
                <Skeleton lines={2} height="1.5rem" />
              ) : (
                <p>
                  {summary.team && summary.team.size > 0
                    ? t('teamLogged', { logged: summary.team.logged, size: summary.team.size })
                    : t('teamNone')}
                </p>
              )}
              <Link to="/tim" className={buttonClass('secondary')}>
                {t('toTeam')}
              </Link>
            </Card>
          )}
          {keepsOrg && (
            <Card title={t('console')}>
              <p>{t('consoleBody')}</p>
              <Link to="/kelola" className={buttonClass('secondary')}>
                {t('toConsole')}
              </Link>
            </Card>
          )}
          {inDirectory && (
            <Card title={t('today')} className="home-today">
              {summary === undefined ? (
                <Skeleton lines={2} height="1.5rem" />
              ) : summary.todayCount === 0 ? (
                <p>{t('todayNone')}</p>
              ) : (
                <p className="home-figure">
                  <strong>{t('todayCount', { count: summary.todayCount })}</strong>
                  <span className="muted">{duration(summary.todayMinutes)}</span>
                </p>
              )}
              <Link to="/kegiatan/baru" className={buttonClass('primary', true)}>
                {t('logActivity')}
              </Link>
            </Card>
          )}

          {inDirectory && (
            <Card title={t('month')}>
              {summary === undefined ? (
                <Skeleton lines={4} height="1.5rem" />
              ) : (
                <>
                  <dl className="home-counts">
                    {MONTH_ORDER.map((status) => (
                      <div key={status} className="home-count" data-status={status}>
                        <dt>{vocabulary.status(status)}</dt>
                        <dd>{format.number(summary.month[status])}</dd>
                      </div>
                    ))}
                  </dl>
                  {summary.month.returned > 0 && (
                    <p className="home-returned">
                      {t('returnedNotice', { count: summary.month.returned })}{' '}
                      <Link to="/kegiatan?status=dikembalikan">{t('seeReturned')}</Link>
                    </p>
                  )}
                </>
              )}
            </Card>
          )}

          {/* The year's three aspects, each with its figures and how it is computed. */}
          {inDirectory && <ThreeAspectsCard nip={user.nip} today={today} />}

          {inDirectory && <RecentActivities recent={summary?.recent} />}
          {inDirectory && user.unitId !== null && <PraktikBaikCard unitId={user.unitId} />}
        </div>
      )}
    </>
  );
}
