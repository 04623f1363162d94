/**
 * One correction in Kelola → Kehadiran: whose day, the day as imported beside the change asked or
 * approved (opened on demand for a correction to apply), the employee's reason, the head, and the
 * letter's photo opened on demand. A correction waiting to be applied has "Terapkan", confirmed
 * in a dialog; an application the server refused shows the server's reason and "Buang penerapan";
 * the others are read-only.
 */
import { useState } from 'react';
import type { DayChange } from '../../../core/schemas/attendance';
import type { AdminCorrection } from '../../../data/queries/attendance-admin-queries';
import { Button } from '../../../ui/button';
import { CertificatePhoto } from '../../../ui/certificate-photo';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { useAttendanceVocabulary } from '../../../ui/use-attendance-vocabulary';
import { attendanceMessages } from './attendance-messages';
import type { ImportedState } from './use-imported-days';

export type EntryKind = 'to-apply' | 'with-heads' | 'applied' | 'refused';

type Props = {
  entry: AdminCorrection;
  kind: EntryKind;
  /** Whether the imported day is at hand (`here`), being opened, or unreadable. */
  importedState?: ImportedState;
  writable?: boolean;
  /** Applies the correction; resolves once written or refused. */
  onApply?: () => Promise<void>;
  /** Discards a refused application from this device; resolves once done. */
  onDiscard?: () => Promise<void>;
};

/** A day in words: its status, and its scans when it has any. */
function useDayText() {
  const t = useT(attendanceMessages);
  const av = useAttendanceVocabulary();
  const f = useFormat();
  return (day: DayChange) =>
    day.in === null && day.out === null
      ? av.status(day.status)
      : t('dayWithScans', {
          status: av.status(day.status),
          in: day.in === null ? av.scan(null) : f.clock(day.in),
          out: day.out === null ? av.scan(null) : f.clock(day.out),
        });
}

const IMPORTED_STATE_TEXT = {
  loading: 'importedLoading',
  offline: 'importedOffline',
  missing: 'importedMissing',
} as const;

export function CorrectionEntry({
  entry,
  kind,
  importedState = 'here',
  writable = false,
  onApply,
  onDiscard,
}: Props) {
  const t = useT(attendanceMessages);
  const f = useFormat();
  const dayText = useDayText();
  const av = useAttendanceVocabulary();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { request, decision, applied } = entry.record;
  const date = f.date(request.date);
  const headingId = `correction-${request.nip}-${request.date}`;
  const change = applied?.change ?? decision?.change ?? request.change;
  const changeLabel =
    kind === 'applied' || kind === 'refused'
      ? t('corrected')
      : kind === 'to-apply'
        ? t('approved')
        : t('asked');
  const { late, early } = entry.importedMinutes;
  // Opened on demand for a correction to apply; for the others shown when the device holds it.
  const imported =
    importedState !== 'here'
      ? t(IMPORTED_STATE_TEXT[importedState])
      : entry.imported === undefined
        ? null
        : entry.imported === null
          ? t('importedNone')
          : [
              dayText(entry.imported),
              ...(late > 0 ? [av.deduction({ kind: 'late', minutes: late })] : []),
              ...(early > 0 ? [av.deduction({ kind: 'early', minutes: early })] : []),
            ].join(' · ');
  const head = entry.headName ?? t('noHead');

  async function apply() {
    if (!onApply) return;
    setBusy(true);
    await onApply();
    setBusy(false);
    setConfirming(false);
  }

  async function discard() {
    if (!onDiscard) return;
    setBusy(true);
    await onDiscard();
    setBusy(false);
  }

  return (
    <li className="console-dev-entry">
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>
          <span translate="no">{entry.name}</span> · {date}
        </h4>
        <p className="muted">
          <span translate="no">{entry.unitName}</span>
          {' · '}
          {(kind === 'applied' || kind === 'refused') && applied
            ? t('appliedByText', { date: f.date(applied.appliedAt) })
            : t('requestedOn', { date: f.date(request.requestedAt) })}
        </p>
        {entry.refused && (
          <p className="console-correction-refused" role="note">
            <strong>{t('refusedByServer')}</strong> {entry.refused.reason}
            <br />
            {t('statusNow', { status: av.correction(entry.refused.status) })}
          </p>
        )}
        <dl className="console-correction">
          {imported !== null && (
            <>
              <dt>{t('imported')}</dt>
              <dd>{imported}</dd>
            </>
          )}
          <dt>{changeLabel}</dt>
          <dd>
            <strong>{dayText(change)}</strong>
          </dd>
          <dt>{t('reason')}</dt>
          <dd>{request.reason}</dd>
          <dt>{kind === 'with-heads' ? t('decidesBy') : t('approvedBy')}</dt>
          <dd>
            <span translate="no">
              {kind !== 'with-heads' && decision
                ? t('approvedByText', { name: head, date: f.date(decision.decidedAt) })
                : head}
            </span>
          </dd>
        </dl>
        {request.letter ? (
          <CertificatePhoto
            photo={request.letter}
            kind="letter"
            title={t('letterTitle', { name: entry.name, date })}
          />
        ) : (
          <p className="muted">{t('noLetter')}</p>
        )}
        {kind === 'refused' && (
          <div className="console-actions">
            <Button
              busy={busy}
              aria-label={t('discardLabel', { name: entry.name, date })}
              onClick={() => void discard()}
            >
              {t('discard')}
            </Button>
          </div>
        )}
        {kind === 'to-apply' && (
          <>
            <div className="console-actions">
              <Button
                variant="primary"
                disabled={!writable}
                aria-label={t('applyLabel', { name: entry.name, date })}
                onClick={() => setConfirming(true)}
              >
                {t('apply')}
              </Button>
            </div>
            <ConfirmDialog
              open={confirming}
              title={t('confirmTitle')}
              onClose={() => setConfirming(false)}
              confirmLabel={t('confirm')}
              busy={busy}
              disabled={!writable}
              onConfirm={() => void apply()}
            >
              <p>{t('confirmBody', { name: entry.name, date, change: dayText(change) })}</p>
            </ConfirmDialog>
          </>
        )}
      </article>
    </li>
  );
}
