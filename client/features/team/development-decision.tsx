/**
 * The head's decision on one development request: "Setujui" at once, or "Tolak" with a reason the
 * employee reads (at least 10 characters; the error shows next to the field and the text stays,
 * kept as a draft across reloads). Writes to the local PouchDB, so it works offline.
 */
import { useState } from 'react';
import { MIN_DEV_REASON_LENGTH } from '../../core/development-rules';
import { decideEnrolment } from '../../data/commands/development-head';
import { useDraft } from '../../data/drafts';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { developmentMessages } from './development-messages';

type Props = {
  nip: string;
  /** The record's key (the catalog activity's id). */
  recordKey: string;
  /** Called once a decision is written (a change of decision closes its form). */
  onDecided?: () => void;
  /** Shown beside the buttons (Batal when changing a decision). */
  onCancel?: () => void;
};

export function DevelopmentDecision({ nip, recordKey, onDecided, onCancel }: Props) {
  const t = useT(developmentMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [reason, setReason, draft] = useDraft(`enrolment-decline:${nip}:${recordKey}`, '');
  const [declining, setDeclining] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = declining || (draft.restored && reason !== '');

  const decide = async (decision: 'approved' | 'declined') => {
    if (decision === 'declined' && reason.trim().length < MIN_DEV_REASON_LENGTH) {
      setFieldError(t('declineReasonRequired'));
      return;
    }
    setBusy(true);
    const result = await decideEnrolment(
      { nip, key: recordKey, decision, reason: decision === 'declined' ? reason : '' },
      ctx,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'reason') setFieldError(t('declineReasonRequired'));
      else setFailed(reasonOf(result));
      return;
    }
    setFieldError(null);
    setFailed(null);
    setDeclining(false);
    await draft.discard();
    onDecided?.();
  };

  return (
    <div className="dev-decision">
      {failed && (
        <Banner tone="danger" role="alert">
          {failed}
        </Banner>
      )}
      {open ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void decide('declined');
          }}
        >
          <TextArea
            label={t('declineReason')}
            hint={t('declineHint')}
            rows={2}
            maxLength={500}
            value={reason}
            error={fieldError ?? undefined}
            onChange={(e) => {
              setReason(e.target.value);
              if (fieldError && e.target.value.trim().length >= MIN_DEV_REASON_LENGTH)
                setFieldError(null);
            }}
            onBlur={() => void draft.flush()}
          />
          <div className="row">
            <Button type="submit" variant="danger" busy={busy}>
              {t('sendDecline')}
            </Button>
            <Button
              onClick={() => {
                setDeclining(false);
                setFieldError(null);
                void draft.discard();
                onCancel?.();
              }}
            >
              {t('cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="row">
          <Button variant="primary" busy={busy} onClick={() => void decide('approved')}>
            {t('approve')}
          </Button>
          <Button onClick={() => setDeclining(true)}>{t('decline')}</Button>
          {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
        </div>
      )}
    </div>
  );
}
