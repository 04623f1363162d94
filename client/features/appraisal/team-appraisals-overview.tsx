/**
 * "Penilaian": the head's starting point. The people they appraise with the state of each one's
 * SKP and appraisal for a chosen period, the SKPs waiting for approval, and (for an Atasan
 * Pejabat Penilai) the objections waiting for a decision and the way to the calibration.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { predikatOf } from '../../core/appraisal-draft';
import {
  objectionsFor,
  teamAppraisals,
  type ObjectionCase,
} from '../../data/queries/appraisal-queries';
import { skpsToDecide } from '../../data/queries/skp-queries';
import type { AppraisalRow } from '../../data/read-model';
import { useSessionStore } from '../../data/session-store';
import { useReadModel } from '../../data/user-data';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link, navigate, useLocation } from '../../ui/navigation';
import { Select } from '../../ui/select';
import { Skeleton } from '../../ui/skeleton';
import { CalibrationCard } from './calibration/calibration-card';
import { appraisalMessages } from './shared/appraisal-messages';
import { useAppraisalVocabulary } from './shared/use-appraisal-vocabulary';
import { teamAppraisalsMessages } from './team-appraisals-messages';
import './shared/appraisal.css';

function AppraisalState({ appraisal }: { appraisal: AppraisalRow | null }) {
  const t = useT(teamAppraisalsMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  if (!appraisal) return <Chip>{t('notStarted')}</Chip>;
  if (appraisal.status === 'final' && appraisal.predikat) {
    return (
      <Chip tone="success">{t('finalWith', { predikat: vocab.predikat(appraisal.predikat) })}</Chip>
    );
  }
  const p = predikatOf(appraisal);
  return (
    <Chip tone="warning">
      {p ? t('draftWith', { predikat: vocab.predikat(p) }) : tShared('statusDraft')}
    </Chip>
  );
}

/** One objection: who objected, to which period, and while it waits, since when. */
function ObjectionItem({ item }: { item: ObjectionCase }) {
  const t = useT(teamAppraisalsMessages);
  const format = useFormat();
  const { acknowledgement: ack, appraisal, period, decision } = item;
  return (
    <li>
      <Link to={`/penilaian/keberatan/${ack.nip}/${ack.periodId}`}>
        <span translate="no">{appraisal?.parties?.pegawai.name ?? ack.nip}</span>
      </Link>{' '}
      <span className="muted">
        <span>{period ? format.period(period) : ''}</span>
        {decision === null && <> · {t('objectedOn', { date: format.date(ack.at) })}</>}
      </span>
    </li>
  );
}

export function TeamAppraisalsOverview() {
  const t = useT(teamAppraisalsMessages);
  const format = useFormat();
  const rm = useReadModel();
  const me = useSessionStore((s) => s.user?.nip ?? '');
  const isAtasan = useSessionStore((s) => s.user?.roles.includes('atasan-penilai') ?? false);
  const today = format.today();
  const { search } = useLocation();
  const periods = useLiveQuery(() => rm.periods.toArray(), [rm], []);
  const choices = periods
    .filter((p) => p.kind !== 'monthly' && p.start <= today)
    .sort((a, b) => b.start.localeCompare(a.start) || a.kind.localeCompare(b.kind));
  const current = choices.find((p) => p.kind === 'quarterly' && p.end >= today) ?? choices[0];
  const periodId = search.get('periode') ?? current?.periodId ?? '';
  const team = useLiveQuery(
    async () => (periodId ? await teamAppraisals(rm, me, periodId, today) : undefined),
    [rm, me, periodId, today],
  );
  const skps = useLiveQuery(() => skpsToDecide(rm, me, today), [rm, me, today], []);
  const objections = useLiveQuery(() => objectionsFor(rm, me, today), [rm, me, today], []);
  const open = objections.filter((o) => o.decision === null);

  return (
    <>
      <h1>{t('teamTitle')}</h1>
      {open.length > 0 && (
        <Card title={t('objectionsTitle')}>
          <ul className="link-list">
            {open.map((o) => (
              <ObjectionItem key={o.acknowledgement.nip + o.acknowledgement.periodId} item={o} />
            ))}
          </ul>
        </Card>
      )}
      {isAtasan && <CalibrationCard />}
      {skps.length > 0 && (
        <Card title={t('skpsTitle')}>
          <ul className="link-list">
            {skps.map((s) => (
              <li key={s.skp.id}>
                <Link to={`/penilaian/skp/${s.nip}/${s.skp.periodId}`}>
                  {t('skpOf', { name: s.name, year: s.skp.periodId })}
                </Link>{' '}
                <span className="muted" translate="no">
                  {s.position}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t('appraisalsTitle')}>
        <Select
          label={t('periodLabel')}
          value={periodId}
          options={choices.map((p) => ({ value: p.periodId, label: format.period(p) }))}
          onChange={(e) =>
            navigate(`/penilaian?periode=${e.currentTarget.value}`, { replace: true })
          }
        />
        {team === undefined ? (
          <Skeleton lines={4} height="3rem" announce />
        ) : team.length === 0 ? (
          <EmptyState title={t('noReports')} />
        ) : (
          <ul className="team-list">
            {team.map(({ employee, appraisal }) => (
              <li key={employee.nip} className="team-list__item">
                <div>
                  <p className="team-list__name" translate="no">
                    {employee.name}
                  </p>
                  <p className="muted" translate="no">
                    {employee.position}
                  </p>
                </div>
                <AppraisalState appraisal={appraisal} />
                <Link
                  to={`/penilaian/${employee.nip}/${periodId}`}
                  className={buttonClass(appraisal?.status === 'final' ? 'secondary' : 'primary')}
                  aria-label={t('openAppraisalOf', { name: employee.name })}
                >
                  {!appraisal
                    ? t('startAppraisal')
                    : appraisal.status === 'final'
                      ? t('view')
                      : t('continue')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {objections.length > open.length && (
        <Card title={t('decidedTitle')}>
          <ul className="link-list">
            {objections
              .filter((o) => o.decision !== null)
              .map((o) => (
                <ObjectionItem key={o.acknowledgement.nip + o.acknowledgement.periodId} item={o} />
              ))}
          </ul>
        </Card>
      )}
    </>
  );
}
