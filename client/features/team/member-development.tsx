/**
 * "Pengembangan kompetensi" on a staff member's page (`/tim/{nip}`): their JP for the year
 * (verified, pending, target; a head's bimbingan counts as coaching), the requests waiting for
 * the head's decision with Setujui / Tolak, every other record with its status and certificate,
 * and their rencana pengembangan (read-only: the employee writes it). Reads the device only.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MIN_DEV_REASON_LENGTH } from '../../core/development-rules';
import type { JpItem } from '../../core/jp';
import type { PlanItem } from '../../core/schemas/development';
import { decideEnrolment } from '../../data/commands/development-head';
import type { DevRecord } from '../../data/queries/development-queries';
import { memberDevelopment } from '../../data/queries/development-team-queries';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { Card } from '../../ui/card';
import { CertificatePhoto } from '../../ui/certificate-photo';
import { Chip, type ChipTone } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { ChangeDecision, DecisionForm, type DecideProps } from './decision-form';
import { developmentMessages } from './development-messages';
import { JpSummary } from './jp-summary';

const STATUS_TONE: Record<DevRecord['status'], ChipTone> = {
  requested: 'warning',
  declined: 'danger',
  approved: 'info',
  full: 'danger',
  confirmed: 'info',
  reported: 'warning',
  rejected: 'danger',
  verified: 'success',
  withdrawn: 'neutral',
};

function useRecordTitle() {
  const t = useT(developmentMessages);
  return (r: DevRecord) =>
    r.training?.title ?? r.enrolment.self?.title ?? t('unknownTraining', { key: r.enrolment.key });
}

/** What the activity is: its form and JP, and when it runs. */
function RecordFacts({ record }: { record: DevRecord }) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const format = useFormat();
  const { training } = record;
  const self = record.enrolment.self;
  return (
    <p className="muted">
      {training
        ? t('formJp', { form: dv.form(training.form), jp: training.jp })
        : self && [dv.form(self.form), self.provider].filter(Boolean).join(' · ')}
      {training && (
        <>
          {' · '}
          {training.start && training.end
            ? t('when', { start: format.date(training.start), end: format.date(training.end) })
            : t('openAllYear')}
        </>
      )}
    </p>
  );
}

type RecordProps = { nip: string; record: DevRecord; onDecided: () => void };

/** Deciding the request for the catalog activity `key`: the draft, core's rule, the command. */
function useDecideEnrolment(nip: string, key: string): DecideProps {
  const ctx = useCommandContext();
  return {
    draftKey: `enrolment-decline:${nip}:${key}`,
    minReason: MIN_DEV_REASON_LENGTH,
    decide: (decision, reason) => decideEnrolment({ nip, key, decision, reason }, ctx),
  };
}

function WaitingRequest({ nip, record, onDecided }: RecordProps) {
  const t = useT(developmentMessages);
  const format = useFormat();
  const title = useRecordTitle()(record);
  const { enrolment } = record;
  const decide = useDecideEnrolment(nip, enrolment.key);
  return (
    <li>
      <article className="dev-record" aria-label={title}>
        <h4 className="dev-record__title">{title}</h4>
        <RecordFacts record={record} />
        <p className="muted">{t('requestedOn', { date: format.date(enrolment.requestedAt) })}</p>
        {enrolment.note && <p>{t('requestNote', { note: enrolment.note })}</p>}
        <DecisionForm {...decide} onDecided={onDecided} />
      </article>
    </li>
  );
}

function RecordItem({ nip, record, onDecided }: RecordProps) {
  const t = useT(developmentMessages);
  const format = useFormat();
  const title = useRecordTitle()(record);
  const { enrolment, decision, admin, status } = record;
  const decide = useDecideEnrolment(nip, enrolment.key);
  // The decision may change until the Pengelola confirms the seat.
  const changeable =
    decision !== null && (status === 'approved' || status === 'declined') && !admin?.seat;
  const certificate = enrolment.completion?.certificate ?? null;
  return (
    <li>
      <article className="dev-record" aria-label={title}>
        <h4 className="dev-record__title">{title}</h4>
        <p>
          <Chip tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Chip>
        </p>
        <RecordFacts record={record} />
        {status === 'declined' && decision?.reason && (
          <p>{t('declinedBecause', { reason: decision.reason })}</p>
        )}
        {status === 'full' && admin?.seat?.note && (
          <p>{t('adminNote', { note: admin.seat.note })}</p>
        )}
        {admin?.verification?.note && (status === 'rejected' || status === 'verified') && (
          <p>{t('adminNote', { note: admin.verification.note })}</p>
        )}
        {enrolment.completion && (
          <p className="muted">
            {t('completedOn', { date: format.date(enrolment.completion.date) })}
          </p>
        )}
        {certificate && (
          <>
            <h5 className="dev-record__subtitle">{t('certificate')}</h5>
            <CertificatePhoto photo={certificate} title={title} />
          </>
        )}
        {changeable && <ChangeDecision {...decide} onDecided={onDecided} />}
      </article>
    </li>
  );
}

function JpList({ items, year }: { items: readonly JpItem[]; year: number }) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const format = useFormat();
  return (
    <>
      <h3 className="member-subheading">{t('jpListTitle', { year: String(year) })}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('jpListNone')}</p>
      ) : (
        <ul className="dev-jp-list">
          {items.map(({ record, jp, capped }) => (
            <li key={record.id}>
              <span>
                {record.source === 'coaching' ? t('coachingTitle') : record.title}
                <span className="muted">
                  {' · '}
                  {dv.form(record.form)} · {format.date(record.date)}
                </span>
              </span>
              <span className="dev-jp-list__figure">
                <strong>{t('jpItem', { jp })}</strong>{' '}
                <Chip tone={record.verified ? 'success' : 'warning'}>
                  {record.verified ? t('jpVerified') : t('jpWaiting')}
                </Chip>
              </span>
              {capped > 0 && <span className="muted">{t('jpCapped', { capped })}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PlanList({ items, year }: { items: readonly PlanItem[] | null; year: number }) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const format = useFormat();
  return (
    <>
      <h3 className="member-subheading">{t('planTitle', { year: String(year) })}</h3>
      {!items || items.length === 0 ? (
        <p className="muted">{t('planNone')}</p>
      ) : (
        <ul className="dev-plan-list">
          {items.map((item) => (
            <li key={item.id}>
              <p>{item.text}</p>
              <p className="muted">
                {dv.focus(item.focus)}
                {' · '}
                {dv.form(item.form)}
                {item.due && <> · {t('planDue', { date: format.date(item.due) })}</>}
                {item.agreedIn && <> · {t('planAgreed')}</>}
              </p>
              <Chip tone={item.status === 'done' ? 'success' : 'neutral'}>
                {t(`planStatus.${item.status}`)}
              </Chip>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function MemberDevelopment({ nip, today }: { nip: string; today: string }) {
  const t = useT(developmentMessages);
  const rm = useReadModel();
  const year = Number(today.slice(0, 4));
  const data = useLiveQuery(() => memberDevelopment(rm, nip, year), [rm, nip, year]);
  const [decided, setDecided] = useState(false);
  const onDecided = () => setDecided(true);
  return (
    <Card title={t('title')} className="member-development">
      {data === undefined ? (
        <Skeleton lines={3} />
      ) : (
        <>
          <JpSummary progress={data.progress} />
          <p role="status" className="muted">
            {decided ? t('decided') : ''}
          </p>
          <h3 className="member-subheading">{t('waitingTitle')}</h3>
          {data.waiting.length === 0 ? (
            <p className="muted">{t('waitingNone')}</p>
          ) : (
            <ul className="dev-records">
              {data.waiting.map((r) => (
                <WaitingRequest key={r.enrolment._id} nip={nip} record={r} onDecided={onDecided} />
              ))}
            </ul>
          )}
          <JpList items={data.progress.items} year={year} />
          <h3 className="member-subheading">{t('recordsTitle')}</h3>
          {data.records.length === 0 ? (
            <p className="muted">{t('recordsNone')}</p>
          ) : (
            <ul className="dev-records">
              {data.records.map((r) => (
                <RecordItem key={r.enrolment._id} nip={nip} record={r} onDecided={onDecided} />
              ))}
            </ul>
          )}
          <PlanList items={data.plan?.items ?? null} year={year} />
        </>
      )}
    </Card>
  );
}
