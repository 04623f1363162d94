/**
 * The employee's consent to share an apresiasi as a praktik baik: the exact text colleagues would
 * see and who they are, "Setujui dibagikan", and once shared "Tarik persetujuan". When the head
 * changes the proposed text after the consent, the new text waits for a new consent.
 */
import { useState } from 'react';
import { sharePraktikBaik, withdrawPraktikBaik } from '../../data/commands/share-praktik-baik';
import type { FeedbackInbox, InboxItem } from '../../data/queries/feedback-inbox-queries';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useReason } from '../../ui/use-reason';
import { feedbackMessages } from './feedback-messages';

type Props = { item: InboxItem; unit: FeedbackInbox['unit'] };
type Outcome = { tone: 'success' | 'danger'; text: string };

export function PraktikBaikConsent({ item, unit }: Props) {
  const t = useT(feedbackMessages);
  const reasonOf = useReason();
  const format = useFormat();
  const ctx = useCommandContext();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { feedback, praktikBaik: shared } = item;
  const proposal = feedback.kind === 'apresiasi' ? feedback.share : null;
  if (proposal === null && shared === null) return null;

  const unitName =
    unit?.name != null && (shared === null || shared.unitId === unit.unitId) ? unit.name : null;
  const newText = proposal !== null && proposal.text !== shared?.text ? proposal.text : null;

  const run = async (action: 'share' | 'withdraw') => {
    setBusy(true);
    const result = await (action === 'share' ? sharePraktikBaik : withdrawPraktikBaik)(
      feedback._id,
      ctx,
    );
    setBusy(false);
    setOutcome(
      result.ok
        ? { tone: 'success', text: t(action === 'share' ? 'shareDone' : 'shareWithdrawn') }
        : { tone: 'danger', text: t('shareFailed', { reason: reasonOf(result) }) },
    );
  };

  return (
    <section className="fb-section fb-share" aria-labelledby="fb-share">
      <h3 id="fb-share" className="fb-share__title">
        {t('shareTitle')}
        {shared === null ? (
          <Chip tone="warning">{t('shareWaiting')}</Chip>
        ) : (
          <Chip tone="success">{t('shareShared')}</Chip>
        )}
      </h3>
      {shared === null ? (
        <p>{t('shareProposed')}</p>
      ) : (
        <>
          <p className="muted">{t('shareSince', { date: format.date(shared.consentedAt) })}</p>
          <p>{t('shareSharedText')}</p>
        </>
      )}
      <blockquote className="fb-share__text" translate="no">
        {shared?.text ?? newText}
      </blockquote>
      {shared !== null && newText !== null && (
        <>
          <p>{t('shareChanged')}</p>
          <blockquote className="fb-share__text" translate="no">
            {newText}
          </blockquote>
        </>
      )}
      <p className="fb-share__who">
        {t('shareWho')}{' '}
        {unitName === null ? t('shareUnitUnknown') : <span translate="no">{unitName}</span>}
      </p>
      {shared === null && <p className="muted">{t('shareNotYet')}</p>}
      <div className="row">
        {newText !== null && (
          <Button variant="primary" busy={busy} onClick={() => void run('share')}>
            {t(shared === null ? 'shareAgree' : 'shareAgreeNew')}
          </Button>
        )}
        {shared !== null && (
          <Button variant="danger" busy={busy} onClick={() => void run('withdraw')}>
            {t('shareWithdraw')}
          </Button>
        )}
      </div>
      <div role="status">{outcome && <Banner tone={outcome.tone}>{outcome.text}</Banner>}</div>
    </section>
  );
}
