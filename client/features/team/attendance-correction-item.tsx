/**
 * One attendance correction request on a staff member's page: the day as the machines recorded
 * it next to what the employee asks (status, scans in and out, minutes late or early, in the
 * calendar's words), their reason, the photo of the letter (opened on demand) and, while it
 * waits, Setujui / Tolak for the version shown. A decided one says who decided and when (and why, when declined), an applied one
 * who applied it; the decision may change until the Pengelola applies it.
 */
import { CORRECTION_REASON_MIN } from '../../core/schemas/attendance';
import { decideCorrection } from '../../data/commands/attendance-head';
import type { MemberCorrection } from '../../data/queries/team-attendance-queries';
import { useCommandContext } from '../../data/user-data';
import { CertificatePhoto } from '../../ui/certificate-photo';
import { CorrectionStatusChip } from '../../ui/correction-status-chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useDayChangeWords } from '../../ui/use-day-change-words';
import { attendanceMessages } from './attendance-messages';
import { ChangeDecision, DecisionForm, type DecideProps } from './decision-form';

/** The recorded day beside the asked one. */
function Comparison({ record }: { record: MemberCorrection }) {
  const t = useT(attendanceMessages);
  const describe = useDayChangeWords();
  const { request, imported, hours } = record;
  return (
    <dl className="att-compare">
      <div>
        <dt>{t('recorded')}</dt>
        <dd>{imported ? describe(imported, request.date, hours) : t('notImported')}</dd>
      </div>
      <div>
        <dt>{t('asked')}</dt>
        <dd>{describe(request.change, request.date, hours)}</dd>
      </div>
    </dl>
  );
}

/** The request as the employee wrote it: reason, when, and the letter. */
function RequestFacts({ record, label }: { record: MemberCorrection; label: string }) {
  const t = useT(attendanceMessages);
  const format = useFormat();
  const { request } = record;
  const at = (iso: string) => `${format.date(iso)} ${format.time(iso)}`;
  return (
    <>
      <Comparison record={record} />
      <p>{t('employeeReason', { reason: request.reason })}</p>
      <p className="muted">{t('requestedOn', { date: at(request.requestedAt) })}</p>
      {request.letter ? (
        <>
          <h5 className="att-request__subtitle">{t('letter')}</h5>
          <CertificatePhoto photo={request.letter} title={label} kind="letter" />
        </>
      ) : (
        <p className="muted">{t('noLetter')}</p>
      )}
    </>
  );
}

type ItemProps = {
  record: MemberCorrection;
  names: ReadonlyMap<string, string>;
  onDecided: () => void;
};

/** Deciding the version of the request shown: the draft, core's rule, the command. */
function useDecideCorrection({ request }: MemberCorrection): DecideProps {
  const ctx = useCommandContext();
  return {
    draftKey: `attendance-decline:${request.nip}:${request.date}`,
    minReason: CORRECTION_REASON_MIN,
    decide: (decision, reason) => decideCorrection({ request, decision, reason }, ctx),
  };
}

function useLabel(record: MemberCorrection) {
  const t = useT(attendanceMessages);
  const format = useFormat();
  const day = format.date(record.request.date, 'long');
  return { day, label: t('requestLabel', { date: day }) };
}

/** A request waiting for the head's decision. */
export function WaitingCorrection({ record, onDecided }: Omit<ItemProps, 'names'>) {
  const { day, label } = useLabel(record);
  const decide = useDecideCorrection(record);
  return (
    <li>
      <article className="att-request" aria-label={label}>
        <h4 className="att-request__title">{day}</h4>
        <RequestFacts record={record} label={label} />
        <DecisionForm {...decide} onDecided={onDecided} />
      </article>
    </li>
  );
}

/** A request decided (or applied): its status, who decided, who applied. */
export function DecidedCorrection({ record, names, onDecided }: ItemProps) {
  const t = useT(attendanceMessages);
  const format = useFormat();
  const { day, label } = useLabel(record);
  const decide = useDecideCorrection(record);
  const { decision, applied, status } = record;
  const at = (iso: string) => `${format.date(iso)} ${format.time(iso)}`;
  const nameOf = (nip: string) => names.get(nip) ?? nip;
  return (
    <li>
      <article className="att-request" aria-label={label}>
        <h4 className="att-request__title">{day}</h4>
        <p>
          <CorrectionStatusChip status={status} />
        </p>
        <RequestFacts record={record} label={label} />
        {decision && (
          <p className="muted">
            {t('decidedBy', { name: nameOf(decision.appraiserNip), date: at(decision.decidedAt) })}
          </p>
        )}
        {status === 'declined' && decision && (
          <p>{t('declinedBecause', { reason: decision.reason })}</p>
        )}
        {applied && (
          <p className="muted">
            {t('appliedBy', { name: nameOf(applied.appliedBy), date: at(applied.appliedAt) })}
          </p>
        )}
        {/* The decision may change until the Pengelola applies the correction. */}
        {status !== 'applied' && <ChangeDecision {...decide} onDecided={onDecided} />}
      </article>
    </li>
  );
}
