/**
 * The actions still open across a staff member's bimbingan and dialog kinerja, earliest due first,
 * overdue ones marked; the head who agreed an action marks it "Selesai".
 */
import { useState } from 'react';
import { openActions } from '../../core/feedback-rules';
import type { FeedbackDoc } from '../../core/schemas/work';
import { setActionStatus } from '../../data/commands/save-feedback';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useVocabulary } from '../../ui/use-vocabulary';
import { noteUsefulAction } from '../../ui/useful-action';
import { memberMessages } from './member-messages';

type Props = { feedback: readonly FeedbackDoc[]; headNip: string; today: string };

export function MemberActions({ feedback, headNip, today }: Props) {
  const t = useT(memberMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const ctx = useCommandContext();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const actions = openActions(feedback);
  const authors = new Map(feedback.map((f) => [f._id, f.authorNip]));

  const done = async (feedbackId: string, actionId: string, text: string) => {
    setBusy(actionId);
    const result = await setActionStatus(feedbackId, actionId, 'done', ctx);
    setBusy(null);
    if (result.ok) noteUsefulAction();
    setMessage(
      result.ok
        ? { tone: 'success', text: t('markedDone', { text }) }
        : { tone: 'danger', text: t('failed', { reason: result.reason }) },
    );
  };

  return (
    <Card title={t('actionsTitle')}>
      <div role="status">{message && <Banner tone={message.tone}>{message.text}</Banner>}</div>
      {actions.length === 0 ? (
        <p className="muted">{t('actionsNone')}</p>
      ) : (
        <ul className="member-actions">
          {actions.map((a) => {
            const overdue = a.due !== null && a.due < today;
            return (
              <li key={`${a.feedbackId}|${a.id}`} data-overdue={overdue || undefined}>
                <div className="member-actions__what">
                  <p translate="no">{a.text}</p>
                  <p className="muted">
                    {a.due ? t('actionDue', { date: format.date(a.due) }) : t('actionNoDue')} ·{' '}
                    {t('actionFrom', {
                      kind: vocab.feedbackKind(a.kind),
                      date: format.date(a.date),
                    })}{' '}
                    {overdue && <Chip tone="danger">{t('overdue')}</Chip>}
                  </p>
                </div>
                {authors.get(a.feedbackId) === headNip && (
                  <Button
                    busy={busy === a.id}
                    aria-label={t('markDoneLabel', { text: a.text })}
                    onClick={() => void done(a.feedbackId, a.id, a.text)}
                  >
                    {t('markDone')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
