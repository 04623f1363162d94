/**
 * "Permohonan koreksi": each of the person's requests with the day it asks for, the reason, and
 * where it stands in words (waiting for the head, approved and waiting for the Pengelola, declined
 * with the head's reason, applied by whom and when); a pending or declined one may be withdrawn
 * (after a confirmation) or changed and sent again.
 */
import { useState } from 'react';
import { withdrawCorrection } from '../../data/commands/attendance-staff';
import type { CorrectionRecord } from '../../data/queries/attendance-queries';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { CorrectionStatusChip } from '../../ui/correction-status-chip';
import { Dialog } from '../../ui/dialog';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useAttendanceVocabulary } from '../../ui/use-attendance-vocabulary';
import { useReason } from '../../ui/use-reason';
import { attendanceMessages } from './attendance-messages';

type Props = {
  records: readonly CorrectionRecord[];
  nameOf: (nip: string) => string;
  onShowDay: (date: string) => void;
  onResend: (date: string) => void;
  onMessage: (text: string) => void;
};

export function CorrectionsList({ records, nameOf, onShowDay, onResend, onMessage }: Props) {
  const t = useT(attendanceMessages);
  const v = useAttendanceVocabulary();
  const format = useFormat();
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const clock = (time: string | null) => (time === null ? v.scan(null) : format.clock(time));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ date: string; text: string } | null>(null);

  const withdraw = async (date: string) => {
    setBusy(true);
    const res = await withdrawCorrection(date, ctx);
    setBusy(false);
    setConfirming(null);
    if (!res.ok) {
      setProblem({ date, text: reasonOf(res) });
      return;
    }
    setProblem(null);
    onMessage(t('withdrawn'));
  };

  if (records.length === 0) return <p className="muted">{t('noRequests')}</p>;
  return (
    <>
      <ul className="att-requests">
        {records.map(({ request, decision, applied, status }) => {
          const date = format.date(request.date, 'long');
          const c = request.change;
          const asked = [
            v.status(c.status),
            ...(c.in !== null || c.out !== null ? [`${clock(c.in)}–${clock(c.out)}`] : []),
          ].join(', ');
          const open = status === 'pending' || status === 'declined';
          return (
            <li key={request._id} className="att-requests__item">
              <h3 className="att-requests__date">{date}</h3>
              <p>
                <CorrectionStatusChip status={status} />
              </p>
              <p>{t('asked', { day: asked })}</p>
              <p>{t('reason', { reason: request.reason })}</p>
              {request.letter && <p className="muted">{t('letterAttached')}</p>}
              <p className="muted">
                {t('requestedAt', { date: format.date(request.requestedAt) })}
              </p>
              {status === 'declined' && decision && (
                <p>
                  {t('declinedBy', {
                    name: nameOf(decision.appraiserNip),
                    date: format.date(decision.decidedAt),
                    reason: decision.reason,
                  })}
                </p>
              )}
              {status === 'approved' && decision && (
                <p>
                  {t('approvedBy', {
                    name: nameOf(decision.appraiserNip),
                    date: format.date(decision.decidedAt),
                  })}
                </p>
              )}
              {status === 'applied' && applied && (
                <p>
                  {t('approvedBy', {
                    name: nameOf(applied.decidedBy),
                    date: format.date(decision?.decidedAt ?? applied.appliedAt),
                  })}
                  <br />
                  {t('appliedBy', {
                    name: nameOf(applied.appliedBy),
                    date: format.date(applied.appliedAt),
                  })}
                </p>
              )}
              {problem?.date === request.date && (
                <p className="field__error" role="alert">
                  {problem.text}
                </p>
              )}
              <div className="row">
                <Button variant="ghost" onClick={() => onShowDay(request.date)}>
                  {t('showDay')}
                </Button>
                {open && <Button onClick={() => onResend(request.date)}>{t('resend')}</Button>}
                {open && (
                  <Button variant="danger" onClick={() => setConfirming(request.date)}>
                    {t('withdraw')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <Dialog
        open={confirming !== null}
        title={t('withdrawTitle', { date: confirming ? format.date(confirming, 'long') : '' })}
        onClose={() => setConfirming(null)}
        alert
        actions={
          <>
            <Button onClick={() => setConfirming(null)} disabled={busy}>
              {t('cancel')}
            </Button>
            <Button
              variant="danger"
              busy={busy}
              onClick={() => confirming && void withdraw(confirming)}
            >
              {t('withdrawConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('withdrawBody')}</p>
      </Dialog>
    </>
  );
}
