/**
 * "Rapor saya": the employee's report card of a final appraisal. A summary first (the predikat,
 * what to improve with the recommended trainings, whether development helped, the three aspects, the answer: accept or object,
 * with the countdown), then the details: every rating with its reason, evidence and realisasi
 * against the period's target; the period's feedback and how the predikat follows.
 */
import { weakAreas } from '../../../core/recommendations';
import { buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { EmptyState } from '../../../ui/empty-state';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { decidedRatings } from '../objection/decided-ratings';
import { ThreeAspects } from '../appraise/three-aspects';
import { DecisionNotice } from '../objection/decision-notice';
import { ResponseCard } from '../objection/response-card';
import { appraisalMessages } from '../shared/appraisal-messages';
import { AppraisalSummary } from '../shared/appraisal-summary';
import { PeriodFeedbackCard } from '../shared/period-feedback-card';
import { PredikatCard } from '../shared/predikat-card';
import { useAppraisalContext } from '../shared/use-appraisal-context';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { raporMessages } from './rapor-messages';
import { TrainingEffectsCard } from './training-effects-card';
import '../shared/appraisal.css';

export function RaporScreen({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(raporMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const ctx = useAppraisalContext(nip, periodId);
  if (ctx === undefined) return <Skeleton lines={8} height="2rem" announce />;
  const appraisal = ctx?.appraisal;
  if (!ctx || !appraisal || appraisal.status !== 'final') {
    // Before the appraisal is final the period's feedback is already the employee's to read.
    return (
      <div className="rapor">
        <EmptyState
          title={t('raporNotYet')}
          body={t('raporNotYetBody')}
          action={
            <Link to="/kinerja" className={buttonClass('secondary')}>
              {tShared('backToPerformance')}
            </Link>
          }
        />
        {ctx && <PeriodFeedbackCard ctx={ctx} />}
      </div>
    );
  }
  const decided = decidedRatings(appraisal, ctx.decision);
  const areas = weakAreas(appraisal);
  const trainings = appraisal.recommendations.flatMap(
    (id) => ctx.trainings.find((x) => x.trainingId === id) ?? [],
  );
  return (
    <div className="rapor">
      <Link to="/kinerja" className={buttonClass('ghost')}>
        ← {tShared('backToPerformance')}
      </Link>
      <h1>{t('raporTitle', { period: format.period(ctx.period) })}</h1>
      <p className="muted">
        {t('raporBy', {
          name: appraisal.parties?.penilai.name ?? appraisal.appraiserNip,
          date: format.date(appraisal.finalizedAt ?? appraisal.updatedAt),
        })}
      </p>
      <DecisionNotice ctx={ctx} />
      <div className="appraisal__layout">
        <div className="appraisal__main">
          {/* The summary first (a phone shows it without scrolling), the details below it. */}
          <PredikatCard
            hasilKerja={decided.hasilKerja}
            perilaku={decided.perilaku}
            predikat={decided.predikat}
            reason={decided.predikat === appraisal.predikat ? appraisal.predikatNote : null}
          />
          <Card title={t('improveTitle')}>
            <p>
              {areas.length === 0
                ? t('improveNone')
                : t('improveAreas', { areas: areas.map(vocab.area).join(', ') })}
            </p>
            {trainings.length > 0 && (
              <>
                <h3>{t('trainingsTitle')}</h3>
                <ul className="link-list">
                  {trainings.map((tr) => (
                    <li key={tr.trainingId}>
                      <strong translate="no">{tr.title}</strong>
                      <span className="muted"> · {t('trainingHours', { hours: tr.jp })}</span>
                      {tr.description && <p className="muted">{tr.description}</p>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
          <TrainingEffectsCard nip={nip} periodId={periodId} />
          <ThreeAspects
            nip={nip}
            period={ctx.period}
            doc={appraisal}
            view="employee"
            actions={{
              attendance: (
                <Link to="/kehadiran" className={buttonClass('secondary')}>
                  {t('openAttendance')}
                </Link>
              ),
            }}
          />
          <ResponseCard ctx={ctx} appraisal={appraisal} />
          <h2 className="rapor__details-title">{t('detailsTitle')}</h2>
          <AppraisalSummary ctx={ctx} appraisal={appraisal} />
        </div>
        <aside className="appraisal__side">
          <PeriodFeedbackCard ctx={ctx} />
          <Card title={t('howTitle')}>
            <p>{t('howBody')}</p>
            <Link to="/tentang" className={buttonClass('secondary')}>
              {t('aboutLink')}
            </Link>
          </Card>
          <Link to={`/kinerja/dokumen/${periodId}`} className={buttonClass('secondary', true)}>
            {tShared('openDocument')}
          </Link>
        </aside>
      </div>
    </div>
  );
}
