/**
 * /penilaian/kalibrasi: the Atasan Pejabat Penilai Kinerja "sees the ratings that the appraisers
 * under them give" (DOMAIN.md). Per appraiser and per period: the final appraisals, the spread of
 * predikat against each unit's distribution curve, and the halo and leniency hints. Read-only,
 * from the `review:` documents on this device; works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CURVE_RULES } from '../../../core/distribution';
import type { OrgRating } from '../../../core/vocabulary';
import {
  calibrationFor,
  type AppraiserCalibration,
  type CalibrationPeriod,
} from '../../../data/queries/calibration-queries';
import { useReadModel } from '../../../data/user-data';
import { useSessionStore } from '../../../data/session-store';
import { Banner } from '../../../ui/banner';
import { buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { EmptyState } from '../../../ui/empty-state';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { appraisalMessages } from '../shared/appraisal-messages';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { calibrationMessages } from './calibration-messages';
import { calibrate, type TeamHint } from './calibration-model';
import '../shared/appraisal.css';
import '../shared/rating.css';
import './calibration.css';

type CurveCode = (typeof CURVE_RULES)[OrgRating][number]['code'];

function PeriodCalibration({ data }: { data: CalibrationPeriod }) {
  const t = useT(calibrationMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const c = calibrate(data);
  const hintText = ({ about, hint }: TeamHint) =>
    hint.code === 'all-top'
      ? t('hintAllTop', { count: hint.count })
      : hint.code === 'leniency-team'
        ? t(about === 'perilaku' ? 'hintLeniencyPerilaku' : 'hintLeniencyHasil', {
            count: hint.count,
            rating: vocab.rating(hint.rating),
          })
        : '';
  return (
    <Card title={format.period(data.period)} headingLevel={3} className="calibration__period">
      <p className="muted">{t('counts', { finals: data.finals.length, drafts: data.drafts })}</p>
      {data.finals.length === 0 ? (
        <p>{t('noFinals')}</p>
      ) : (
        <>
          <table className="spread">
            <caption>{t('spreadCaption', { total: c.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colPredikat')}</th>
                <th scope="col">{t('colCount')}</th>
                <th scope="col">{t('colShare')}</th>
              </tr>
            </thead>
            <tbody>
              {c.spread.map(({ predikat, count }) => (
                <tr key={predikat}>
                  <th scope="row">{vocab.predikat(predikat)}</th>
                  <td>{format.number(count)}</td>
                  <td className="muted">{c.total > 0 ? format.percent(count / c.total) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {c.curves.map((u) => (
            <div key={u.unitId} className="calibration__curve">
              {u.orgRating ? (
                <p>
                  {t('orgRatingOf', { unit: u.unitName, rating: vocab.org(u.orgRating.rating) })}
                  {u.earlierPeriod && (
                    <span className="muted">
                      {' '}
                      {tShared('orgRatingEarlier', { period: format.period(u.earlierPeriod) })}
                    </span>
                  )}
                </p>
              ) : (
                <p className="muted">{t('orgRatingNone', { unit: u.unitName })}</p>
              )}
              {u.orgRating && u.rated > 0 && u.pending === 0 && u.broken.length === 0 && (
                <p className="fairness__ok">{t('curveOk')}</p>
              )}
              {u.orgRating && u.pending > 0 && u.broken.length === 0 && (
                <p className="muted">
                  {t('curvePending', { pending: u.pending, total: u.rated + u.pending })}
                </p>
              )}
              {u.broken.length > 0 && (
                <Banner tone="warning">
                  {t('curveBroken')}{' '}
                  {u.broken.map((b) => tShared(`curve.${b.code as CurveCode}`)).join('; ')}.
                </Banner>
              )}
            </div>
          ))}
          {c.hints.map((h) => (
            <Banner key={h.about} tone="warning">
              {hintText(h)}
            </Banner>
          ))}
          {c.halo.map((h) => (
            <Banner key={h.nip} tone="warning">
              {t('hintHalo', { name: h.name, rating: vocab.rating(h.rating) })}
            </Banner>
          ))}
          {c.hints.length === 0 && c.halo.length === 0 && <p className="muted">{t('noHints')}</p>}
          <div className="table-scroll">
            <table className="spread calibration__list">
              <caption>{t('listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colHasil')}</th>
                  <th scope="col">{t('colPerilaku')}</th>
                  <th scope="col">{t('colPredikat')}</th>
                </tr>
              </thead>
              <tbody>
                {data.finals.map(({ appraisal: a, employee }) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/penilaian/${a.nip}/${a.periodId}/dokumen`}>
                        <span translate="no">
                          {employee?.name ?? a.parties?.pegawai.name ?? a.nip}
                        </span>
                      </Link>
                    </th>
                    <td>{a.hasilKerja.rating ? vocab.rating(a.hasilKerja.rating) : '—'}</td>
                    <td>
                      {a.perilakuOverall.rating ? vocab.rating(a.perilakuOverall.rating) : '—'}
                    </td>
                    <td>{a.predikat ? vocab.predikat(a.predikat) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}

function AppraiserSection({ data }: { data: AppraiserCalibration }) {
  const t = useT(calibrationMessages);
  const headingId = `calibration-${data.appraiser.nip}`;
  return (
    <section className="calibration__appraiser" aria-labelledby={headingId}>
      <h2 id={headingId} translate="no">
        {data.appraiser.name}
      </h2>
      <p className="muted" translate="no">
        {data.appraiser.position}
      </p>
      {data.periods.length === 0 ? (
        <p className="muted">{t('noAppraisals')}</p>
      ) : (
        data.periods.map((p) => <PeriodCalibration key={p.period.periodId} data={p} />)
      )}
    </section>
  );
}

export function CalibrationScreen() {
  const t = useT(calibrationMessages);
  const tShared = useT(appraisalMessages);
  const format = useFormat();
  const rm = useReadModel();
  const me = useSessionStore((s) => s.user?.nip ?? '');
  const today = format.today();
  const data = useLiveQuery(() => calibrationFor(rm, me, today), [rm, me, today]);
  return (
    <div className="calibration">
      <Link to="/penilaian" className={buttonClass('ghost')}>
        ← {tShared('backToTeam')}
      </Link>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {data === undefined ? (
        <Skeleton lines={6} height="2rem" announce />
      ) : data.length === 0 ? (
        <EmptyState title={t('noAppraisers')} />
      ) : (
        data.map((a) => <AppraiserSection key={a.appraiser.nip} data={a} />)
      )}
    </div>
  );
}
