/** The list of documents the server refused, each with its reason and a way to fix it. */
import { useSyncStore } from '../../data/sync-store';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { commonMessages } from '../../ui/common-messages';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { usePrefsStore } from '../../ui/prefs-store';
import { fixPathOf, reasonIn, typeLabelOf } from './denied-fix';
import { syncStatusMessages } from './sync-status-messages';
import './sync-status.css';

export function SyncIssuesScreen() {
  const t = useT(syncStatusMessages);
  const tc = useT(commonMessages);
  const format = useFormat();
  const lang = usePrefsStore((s) => s.lang);
  const denied = useSyncStore((s) => s.denied);

  return (
    <>
      <h1>{t('issuesTitle')}</h1>
      {denied.length === 0 ? (
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
          <p>{t('issuesIntro')}</p>
          <ul className="issue-list">
            {denied.map((doc, index) => (
              <li key={`${doc.id}:${doc.at}`}>
                <Card className="issue">
                  <div>
                    <h2 className="card__title">{t(typeLabelOf(doc.type))}</h2>
                    <p className="issue__reason" id={`issue-${index}`}>
                      {reasonIn(doc.reason, lang)}
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
        </>
      )}
    </>
  );
}
