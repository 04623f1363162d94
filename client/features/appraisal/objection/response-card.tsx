/**
 * The employee's answer to a final appraisal: "Terima", or "Ajukan keberatan" with reasons
 * within 14 days (the countdown shows how long). After an objection it waits for the Atasan
 * Pejabat Penilai's decision (decision-notice.tsx).
 */
import { useState } from 'react';
import { objectionWindow } from '../../../core/objection';
import { respondToAppraisal } from '../../../data/commands/respond-appraisal';
import { useDraft } from '../../../data/drafts';
import { useCommandContext } from '../../../data/user-data';
import type { AppraisalContext } from '../../../data/queries/appraisal-queries';
import type { AppraisalRow } from '../../../data/read-model';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { commonMessages } from '../../../ui/common-messages';
import { useDirtyForm } from '../../../ui/dirty-forms';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { TextArea } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { ObjectionCountdown } from './objection-countdown';
import { objectionMessages } from './objection-messages';

const MIN_REASONS = 20;

export function ResponseCard({
  ctx,
  appraisal,
}: {
  ctx: AppraisalContext;
  appraisal: AppraisalRow;
}) {
  const t = useT(objectionMessages);
  const reasonOf = useReason();
  const tCommon = useT(commonMessages);
  const format = useFormat();
  const key = `acknowledgement:${appraisal.nip}:${appraisal.periodId}`;
  const [reasons, setReasons, draft] = useDraft(key, '');
  // Unset: open the form when a typed objection came back from this device's drafts.
  const [objectingChoice, setObjecting] = useState<boolean | null>(null);
  const objecting = objectingChoice ?? (draft.restored && reasons.trim() !== '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Shown once the person tried to send too short a text, until the text is long enough.
  const [triedShort, setTriedShort] = useState(false);
  const commandCtx = useCommandContext();
  useDirtyForm(objecting && reasons.trim() !== '');
  const ack = ctx.acknowledgement;
  const [now] = useState(() => Date.now());
  const finalizedAt = appraisal.finalizedAt ?? appraisal.updatedAt;

  const send = async (kind: 'accept' | 'object') => {
    setBusy(true);
    const result = await respondToAppraisal(
      {
        periodId: appraisal.periodId,
        kind,
        reasons: kind === 'object' ? reasons : '',
      },
      commandCtx,
    );
    setBusy(false);
    if (result.ok) {
      await draft.discard();
      setObjecting(false);
      setError(null);
    } else setError(reasonOf(result));
  };

  if (ack) {
    return (
      <Card title={t('responseTitle')}>
        <p>
          {ack.kind === 'accept'
            ? t('acceptedOn', { date: format.date(ack.at) })
            : t('youObjectedOn', { date: format.date(ack.at) })}
        </p>
        {ack.kind === 'object' && (
          <blockquote className="objection-text" translate="no">
            {ack.reasons}
          </blockquote>
        )}
        {ack.kind === 'object' && !ctx.decision && <p className="muted">{t('waitingDecision')}</p>}
      </Card>
    );
  }
  const open = objectionWindow(finalizedAt, now, format.ctx.timeZone).open;
  const tooShort = reasons.trim().length < MIN_REASONS;
  return (
    <Card title={t('responseTitle')}>
      <ObjectionCountdown finalizedAt={finalizedAt} />
      {error && (
        <Banner tone="danger" role="alert">
          {error}
        </Banner>
      )}
      {objecting ? (
        <>
          <TextArea
            label={t('reasonsLabel')}
            hint={t('reasonsHint', { min: MIN_REASONS })}
            error={
              triedShort && tooShort
                ? t('reasonsTooShort', { min: MIN_REASONS, count: reasons.trim().length })
                : undefined
            }
            rows={5}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            onBlur={() => void draft.flush()}
          />
          <div className="row">
            <Button onClick={() => setObjecting(false)}>{tCommon('cancel')}</Button>
            <Button
              variant="primary"
              busy={busy}
              onClick={() => {
                setTriedShort(tooShort);
                if (!tooShort) void send('object');
              }}
            >
              {t('sendObjection')}
            </Button>
          </div>
        </>
      ) : (
        <div className="row">
          <Button variant="primary" busy={busy} onClick={() => void send('accept')}>
            {t('accept')}
          </Button>
          {open && <Button onClick={() => setObjecting(true)}>{t('object')}</Button>}
        </div>
      )}
    </Card>
  );
}
