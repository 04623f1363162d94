/**
 * The actions still open across a staff member's bimbingan and dialog kinerja, earliest due first,
 * overdue ones marked; the head marks one "Selesai", also one agreed with an earlier appraiser
 * (core lets the employee's current appraiser change the status of any agreed action).
 */
import { useState } from 'react';
import { openActions } from '../../core/feedback-rules';
import type { FeedbackDoc } from '../../core/schemas/work';
import { setActionStatus } from '../../data/commands/save-feedback';
import { useCommandContext } from '../../data/user-data';
import { AgreedActionList } from '../../ui/agreed-action-list';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { useReason } from '../../ui/use-reason';
import { noteUsefulAction } from '../../ui/useful-action';
import { memberMessages } from './member-messages';

type Props = { feedback: readonly FeedbackDoc[]; today: string };

export function MemberActions({ feedback, today }: Props) {
  const t = useT(memberMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const actions = openActions(feedback);

  const done = async (feedbackId: string, actionId: string, text: string) => {
    setBusy(`${feedbackId}|${actionId}`);
    const result = await setActionStatus(feedbackId, actionId, 'done', ctx);
    setBusy(null);
    if (result.ok) noteUsefulAction();
    setMessage(
      result.ok
        ? { tone: 'success', text: t('markedDone', { text }) }
        : { tone: 'danger', text: t('failed', { reason: reasonOf(result) }) },
    );
  };

  return (
    <Card title={t('actionsTitle')}>
      <div role="status">{message && <Banner tone={message.tone}>{message.text}</Banner>}</div>
      {actions.length === 0 ? (
        <p className="muted">{t('actionsNone')}</p>
      ) : (
        <AgreedActionList
          actions={actions}
          label={t('actionsTitle')}
          today={today}
          controls={(a) =>
            a.feedbackId && (
              <Button
                busy={busy === `${a.feedbackId}|${a.id}`}
                aria-label={t('markDoneLabel', { text: a.text })}
                onClick={() => void done(a.feedbackId ?? '', a.id, a.text)}
              >
                {t('markDone')}
              </Button>
            )
          }
        />
      )}
    </Card>
  );
}
