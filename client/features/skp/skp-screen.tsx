/**
 * /kinerja/skp: the employee's SKP per year (`/kinerja/skp/{year}`): its status, the appraiser's
 * note and expectations once decided, and the form while it may still change. Works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids } from '../../core/ids';
import { isSkpEditable } from '../../core/skp-status';
import { BERAKHLAK } from '../../core/vocabulary';
import { linkedParentPlan, pickableParentPlan } from '../../data/queries/plan-links';
import { plansOf, skpState } from '../../data/queries/skp-queries';
import { useSessionStore } from '../../data/session-store';
import { useReadModel } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link, useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { SkpYearLink } from '../../ui/skp-year-link';
import { StatusChip } from '../../ui/status-chip';
import { useVocabulary } from '../../ui/use-vocabulary';
import { SkpEditor } from './skp-editor';
import { skpMessages } from './skp-messages';
import { SkpView } from './skp-view';
import './skp.css';

function SkpList({ nip }: { nip: string }) {
  const t = useT(skpMessages);
  const rm = useReadModel();
  const plans = useLiveQuery(() => plansOf(rm, nip), [rm, nip]);
  return (
    <>
      <Link to="/kinerja" className={buttonClass('ghost')}>
        ← {t('backToPerformance')}
      </Link>
      <h1>{t('listTitle')}</h1>
      {plans === undefined ? (
        <Skeleton lines={3} height="3rem" announce />
      ) : plans.length === 0 ? (
        <EmptyState title={t('noPeriods')} />
      ) : (
        <ul className="skp-years">
          {plans.map((p) => (
            <li key={p.period.periodId} className="skp-years__item">
              <SkpYearLink periodId={p.period.periodId} year={p.period.year} status={p.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SkpYear({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(skpMessages);
  const vocab = useVocabulary();
  const rm = useReadModel();
  const today = useFormat().today();
  const data = useLiveQuery(async () => {
    const [period, state, pickable, linked] = await Promise.all([
      rm.periods.get(ids.period(periodId)),
      skpState(rm, nip, periodId),
      pickableParentPlan(rm, nip, periodId, today),
      linkedParentPlan(rm, nip, periodId, today),
    ]);
    return { period, state, pickable, linked };
  }, [rm, nip, periodId, today]);
  if (data === undefined) return <Skeleton lines={6} height="2rem" announce />;
  const { period, state, pickable, linked } = data;
  if (!period) return <EmptyState title={t('periodUnknown')} />;
  const { skp, approval, status } = state;
  return (
    <>
      <Link to="/kinerja/skp" className={buttonClass('ghost')}>
        ← {t('listTitle')}
      </Link>
      <h1 className="row">
        {vocab.skpOfYear(period.year)} <StatusChip status={status} />
      </h1>
      {status === 'returned' && approval && (
        <Banner tone="danger">{t('returnedNote', { note: approval.note })}</Banner>
      )}
      {status === 'submitted' && <Banner tone="info">{t('waitingApproval')}</Banner>}
      {status === 'approved' && approval && (
        <Card title={t('approvedTitle')}>
          {approval.note && <p>{approval.note}</p>}
          <h3>{t('expectationsTitle')}</h3>
          <dl className="facts">
            {BERAKHLAK.filter((v) => approval.expectations[v]).map((v) => (
              <div key={v} className="facts__pair">
                <dt>{vocab.value(v)}</dt>
                <dd>{approval.expectations[v]}</dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
      {isSkpEditable(status) && period.status === 'open' ? (
        <SkpEditor periodId={periodId} initial={skp?.rhk ?? []} superior={pickable} />
      ) : skp ? (
        <SkpView rhk={skp.rhk} parent={linked} />
      ) : (
        <EmptyState title={t('noSkp')} />
      )}
    </>
  );
}

export function SkpScreen() {
  const { pathname } = useLocation();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const periodId = pathname.split('/').filter(Boolean)[2];
  return periodId ? (
    <SkpYear key={periodId} nip={nip} periodId={periodId} />
  ) : (
    <SkpList nip={nip} />
  );
}
