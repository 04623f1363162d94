/**
 * One record in the Pengelola's queue: who, which activity, when, and its two answers (Konfirmasi
 * kursi / Kuota penuh, or Verifikasi / Kembalikan), the refusing one with a reason the employee
 * reads. A completion's certificate opens on demand.
 */
import { useState } from 'react';
import { MIN_DEV_REASON_LENGTH } from '../../../core/development-rules';
import type { QueueEntry } from '../../../data/queries/development-admin-queries';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { TextArea } from '../../../ui/text-field';
import { CertificatePhoto } from '../../../ui/certificate-photo';
import { developmentMessages } from './development-messages';
import { useDevelopmentVocabulary } from '../../../ui/use-development-vocabulary';

type Props = {
  entry: QueueEntry;
  kind: 'seat' | 'check';
  writable: boolean;
  /** Sends the answer; resolves to the reason it was refused, or null. */
  onAnswer: (accept: boolean, note: string) => Promise<string | null>;
};

export function QueueEntryCard({ entry, kind, writable, onAnswer }: Props) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const f = useFormat();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { record, name } = entry;
  const { enrolment, training } = record;
  const title = training?.title ?? enrolment.self?.title ?? enrolment.key;
  const form = training?.form ?? enrolment.self?.form;
  const completion = enrolment.completion;
  const headingId = `dev-${enrolment.nip}-${enrolment.key}`;
  const accept = kind === 'seat' ? t('confirmSeat') : t('verify');
  const refuse = kind === 'seat' ? t('full') : t('reject');
  const who = `${name}, ${title}`;

  async function answer(ok: boolean) {
    if (!ok && reason.trim().length < MIN_DEV_REASON_LENGTH) {
      setError(t('reasonShort'));
      document.getElementById(`${headingId}-reason`)?.focus();
      return;
    }
    setBusy(true);
    const refused = await onAnswer(ok, ok ? '' : reason);
    setBusy(false);
    if (refused !== null && !ok) setError(refused);
  }

  const when = () => {
    if (!training) return null;
    if (training.start === null) return t('allYear');
    return training.end && training.end !== training.start
      ? `${f.date(training.start)} – ${f.date(training.end)}`
      : f.date(training.start);
  };
  const hours = completion?.sessions.reduce((sum, s) => sum + s.hours, 0) ?? 0;

  return (
    <li className="console-dev-entry">
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>
          <span translate="no">{name}</span> · <span translate="no">{title}</span>
        </h4>
        <p className="muted">
          <span translate="no">{entry.unitName}</span>
          {' · '}
          {training ? dv.form(training.form) : t('selfLearning')}
          {form && !training && form !== 'belajar-mandiri' && ` (${dv.form(form)})`}
          {training && ` · ${t('jpOf', { jp: f.number(training.jp) })} · ${when() ?? ''}`}
        </p>
        {kind === 'seat' && (
          <p>
            {record.decision && t('approvedOn', { date: f.date(record.decision.decidedAt) })}
            {' · '}
            {entry.seatsOffered === null
              ? t('seatsTakenNoLimit', { taken: f.number(entry.seatsTaken) })
              : t('seatsTaken', {
                  taken: f.number(entry.seatsTaken),
                  offered: f.number(entry.seatsOffered),
                })}
          </p>
        )}
        {kind === 'check' && completion && (
          <>
            <p>
              {t('reportedOn', {
                date: f.date(completion.reportedAt),
                done: f.date(completion.date),
              })}
              {completion.sessions.length > 0 &&
                ` · ${t('sessions', {
                  count: f.number(completion.sessions.length),
                  hours: f.number(hours),
                })}`}
            </p>
            {completion.note !== '' && <p>{t('note', { note: completion.note })}</p>}
            {completion.certificate ? (
              <CertificatePhoto photo={completion.certificate} title={title} />
            ) : (
              <p className="muted">{t('noCertificate')}</p>
            )}
          </>
        )}
        {refusing ? (
          <div className="console-dev-refuse">
            <TextArea
              id={`${headingId}-reason`}
              label={t('reason')}
              hint={t('reasonHint')}
              rows={2}
              maxLength={500}
              value={reason}
              error={error ?? undefined}
              disabled={!writable}
              onChange={(e) => {
                setError(null);
                setReason(e.target.value);
              }}
            />
            <div className="console-actions">
              <Button
                variant="danger"
                busy={busy}
                disabled={!writable}
                aria-label={`${t('send')}: ${refuse}, ${who}`}
                onClick={() => void answer(false)}
              >
                {t('send')}
              </Button>
              <Button onClick={() => setRefusing(false)}>{t('cancel')}</Button>
            </div>
          </div>
        ) : (
          <div className="console-actions">
            <Button
              variant="primary"
              busy={busy}
              disabled={!writable}
              aria-label={`${accept}: ${who}`}
              onClick={() => void answer(true)}
            >
              {accept}
            </Button>
            <Button
              disabled={!writable}
              aria-label={`${refuse}: ${who}`}
              onClick={() => setRefusing(true)}
            >
              {refuse}
            </Button>
          </div>
        )}
      </article>
    </li>
  );
}
