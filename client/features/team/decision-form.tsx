/**
 * The head's decision on one request of a staff member (a development activity, a correction of
 * attendance): "Setujui" at once, or "Tolak" with a reason the employee reads (at least 10
 * characters; the error shows next to the field and the text stays, kept as a draft across
 * reloads). The command writes to the local PouchDB, so it works offline; a refusal of core's
 * rules shows above the buttons in the reader's language.
 */
import { useState } from 'react';
import type { CommandResult } from '../../data/commands/result';
import { useDraft } from '../../data/drafts';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { decisionFormMessages } from './decision-form-messages';

/** What deciding one request needs: its draft, core's shortest reason, and the command. */
export type DecideProps = {
  /** The key of the reason's draft: one per request. */
  draftKey: string;
  /** The shortest reason for declining, in characters (core's rule for the request). */
  minReason: number;
  /** Writes the decision (the reason is '' when approving). */
  decide: (decision: 'approved' | 'declined', reason: string) => Promise<CommandResult>;
};

type Props = DecideProps & {
  /** Called once a decision is written (a change of decision closes its form). */
  onDecided?: () => void;
  /** Shown beside the buttons (Batal when changing a decision). */
  onCancel?: () => void;
};

export function DecisionForm({ draftKey, minReason, decide, onDecided, onCancel }: Props) {
  const t = useT(decisionFormMessages);
  const reasonOf = useReason();
  const [reason, setReason, draft] = useDraft(draftKey, '');
  const [declining, setDeclining] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = declining || (draft.restored && reason !== '');

  const send = async (decision: 'approved' | 'declined') => {
    if (decision === 'declined' && reason.trim().length < minReason) {
      setFieldError(t('declineReasonRequired', { min: minReason }));
      return;
    }
    setBusy(true);
    const result = await decide(decision, decision === 'declined' ? reason : '');
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'reason') setFieldError(t('declineReasonRequired', { min: minReason }));
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
    <div className="decision-form">
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
            void send('declined');
          }}
        >
          <TextArea
            label={t('declineReason')}
            hint={t('declineHint', { min: minReason })}
            rows={2}
            maxLength={500}
            value={reason}
            error={fieldError ?? undefined}
            onChange={(e) => {
              setReason(e.target.value);
              if (fieldError && e.target.value.trim().length >= minReason) setFieldError(null);
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
          <Button variant="primary" busy={busy} onClick={() => void send('approved')}>
            {t('approve')}
          </Button>
          <Button onClick={() => setDeclining(true)}>{t('decline')}</Button>
          {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
        </div>
      )}
    </div>
  );
}

/** "Ubah keputusan" on a decided request: opens the form, with Batal, until a decision is written. */
export function ChangeDecision({ onDecided, ...props }: Omit<Props, 'onCancel'>) {
  const t = useT(decisionFormMessages);
  const [changing, setChanging] = useState(false);
  return changing ? (
    <DecisionForm
      {...props}
      onDecided={() => {
        setChanging(false);
        onDecided?.();
      }}
      onCancel={() => setChanging(false)}
    />
  ) : (
    <p>
      <Button onClick={() => setChanging(true)}>{t('changeDecision')}</Button>
    </p>
  );
}
