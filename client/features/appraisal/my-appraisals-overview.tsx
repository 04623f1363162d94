/**
 * "Kinerja": the employee's own plans and appraisals. The SKP of this year and the next, each
 * period's appraisal state with the self-assessment before it and "Rapor saya" after it, and the
 * objection countdown while an answer is due. Heads find the way to appraise their team here.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids } from '../../core/ids';
import { appraisalsOf } from '../../data/queries/appraisal-queries';
import { plansOf } from '../../data/queries/skp-queries';
import { useSessionStore } from '../../data/session-store';
import { useReadModel } from '../../data/user-data';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { SkpYearLink } from '../../ui/skp-year-link';
import { CalibrationCard } from './calibration/calibration-card';
import { myAppraisalsMessages } from './my-appraisals-messages';
import { ObjectionCountdown } from './objection/objection-countdown';
import { useAppraisalVocabulary } from './shared/use-appraisal-vocabulary';
import './shared/appraisal.css';

export function MyAppraisalsOverview() {
  const t = useT(myAppraisalsMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const rm = useReadModel();
  const user = useSessionStore((s) => s.user);
  const nip = user?.nip ?? '';
  const today = format.today();
  const isHead =
    user?.roles.some((r) => r === 'pejabat-penilai' || r === 'atasan-penilai') ?? false;
  const isAtasan = user?.roles.includes('atasan-penilai') ?? false;
  const plans = useLiveQuery(() => plansOf(rm, nip), [rm, nip]);
  const periods = useLiveQuery(
    async () =>
      (await rm.periods.toArray()).filter((p) => p.kind !== 'monthly' && p.start <= today),
    [rm, today],
    [],
  );
  const mine = useLiveQuery(() => appraisalsOf(rm, nip), [rm, nip], []);
  const year = Number(today.slice(0, 4));
  const shownPlans = (plans ?? []).filter(
    (p) => p.period.year >= year && p.period.status === 'open',
  );
  const rows = periods
    .filter((p) => p.status === 'open' || mine.some((m) => m.appraisal.periodId === p.periodId))
    .sort((a, b) => b.start.localeCompare(a.start) || a.kind.localeCompare(b.kind));

  return (
    <>
      <h1>{t('overviewTitle')}</h1>
      {isHead && (
        <Card title={t('teamCardTitle')}>
          <p>{t('teamCardBody')}</p>
          <Link to="/penilaian" className={buttonClass('primary')}>
            {t('toTeamAppraisal')}
          </Link>
        </Card>
      )}
      {isAtasan && <CalibrationCard />}
      <Card title={t('skpCardTitle')}>
        {plans === undefined ? (
          <Skeleton lines={2} height="2rem" />
        ) : (
          <ul className="link-list">
            {shownPlans.map((p) => (
              <li key={p.period.periodId} className="row">
                <SkpYearLink periodId={p.period.periodId} year={p.period.year} status={p.status} />
              </li>
            ))}
          </ul>
        )}
        <Link to="/kinerja/skp" className={buttonClass('secondary')}>
          {t('allSkp')}
        </Link>
      </Card>
      <Card title={t('appraisalsCardTitle')}>
        <ul className="period-list">
          {rows.map((p) => {
            const a = mine.find((m) => m.appraisal.periodId === p.periodId)?.appraisal;
            const final = a?.status === 'final';
            return (
              <li key={p.periodId} className="period-list__item">
                <div>
                  <p className="period-list__label" translate="no">
                    {format.period(p)}
                  </p>
                  {final && a.predikat ? (
                    <Chip tone="success">{vocab.predikat(a.predikat)}</Chip>
                  ) : (
                    <Chip>{a ? t('beingAppraised') : t('notAppraised')}</Chip>
                  )}
                  {final && a.finalizedAt && (
                    <ObjectionCountdownIfDue periodId={p.periodId} finalizedAt={a.finalizedAt} />
                  )}
                </div>
                <div className="row">
                  {final ? (
                    <Link to={`/kinerja/rapor/${p.periodId}`} className={buttonClass('primary')}>
                      {t('openRapor')}
                    </Link>
                  ) : (
                    <Link
                      to={`/kinerja/mandiri/${p.periodId}`}
                      className={buttonClass('secondary')}
                    >
                      {t('selfAssessment')}
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </Card>
    </>
  );
}

/** The countdown, only while the employee has not answered yet. */
function ObjectionCountdownIfDue({
  periodId,
  finalizedAt,
}: {
  periodId: string;
  finalizedAt: string;
}) {
  const rm = useReadModel();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const answered = useLiveQuery(
    async () => (await rm.docs.get(ids.acknowledgement(nip, periodId))) !== undefined,
    [rm, nip, periodId],
    true,
  );
  return answered ? null : <ObjectionCountdown finalizedAt={finalizedAt} />;
}
