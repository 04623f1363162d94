/**
 * `/sinkron`: what needs the person's hand. Documents the server refused, each with its reason
 * and a link to fix it, and conflicts between two devices, each with a version chooser.
 */
import { useConflicts } from '../../data/queries/use-conflicts';
import { useSyncStore } from '../../data/sync-store';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { commonMessages } from '../../ui/common-messages';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { useReason } from '../../ui/use-reason';
import { ConflictsList } from './conflicts-list';
import { fixPathOf, typeLabelOf } from './denied-fix';
import { syncStatusMessages } from './sync-status-messages';
import './sync-status.css';

function DeniedList() {
  const t = useT(syncStatusMessages);
  const format = useFormat();
  const reasonOf = useReason();
  const denied = useSyncStore((s) => s.denied);
  if (denied.length === 0) return null;
  return (
    <section aria-labelledby="denied-title">
      <h2 id="denied-title">{t('deniedTitle')}</h2>
      <p>{t('issuesIntro')}</p>
      <ul className="issue-list">
        {denied.map((doc, index) => (
          <li key={`${doc.id}:${doc.at}`}>
            <Card className="issue">
              <div>
                <h3 className="card__title">{t(typeLabelOf(doc.type))}</h3>
                <p className="issue__reason" id={`issue-${index}`}>
                  {reasonOf(doc)}
                </p>
                <p className="muted">
                  {t('refusedAt', {
                    when: `${format.date(doc.at, 'short')}, ${format.time(doc.at)}`,
                  })}
                </p>
              </div>
              <Link
                to={fixPathOf(doc)}
                className={buttonClass('primary')}
                aria-describedby={`issue-${index}`}
              >
                {t('fix')}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SyncIssuesScreen() {
  const t = useT(syncStatusMessages);
  const tc = useT(commonMessages);
  const deniedCount = useSyncStore((s) => s.denied.length);
  const conflictCount = useConflicts().length;

  return (
    <>
      <h1>{t('issuesTitle')}</h1>
      {deniedCount === 0 && conflictCount === 0 ? (
        <EmptyState
          title={t('issuesEmpty')}
          body={t('issuesEmptyBody')}
          action={
            <Link to="/" className={buttonClass('primary')}>
              {tc('toHome')}
            </Link>
          }
        />
      ) : (
        <>
          <DeniedList />
          <ConflictsList />
        </>
      )}
    </>
  );
}
