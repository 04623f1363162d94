/**
 * The employee's reply to a feedback: a labelled text area with its length under the label, kept
 * as a draft across reloads until sent; an empty or too long reply is refused next to the field
 * with the typed text kept. Sent replies are written to the device and sync later.
 */
import { useState, type FormEvent } from 'react';
import { THREAD_MESSAGE_MAX_LENGTH } from '../../core/schemas/work';
import { replyProblem, respondToFeedback } from '../../data/commands/respond-feedback';
import { useDraft } from '../../data/drafts';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { feedbackMessages } from './feedback-messages';

const MAX = THREAD_MESSAGE_MAX_LENGTH;

export function ReplyForm({ feedbackId }: { feedbackId: string }) {
  const t = useT(feedbackMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [text, setText, draft] = useDraft(`feedback-reply:${feedbackId}`, '');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = `reply-${feedbackId}`;

  const problemText = (value: string): string | null => {
    const problem = replyProblem(value);
    if (problem === 'empty') return t('replyEmpty');
    if (problem === 'too-long')
      return t('replyTooLong', { max: MAX, count: value.trim().length - MAX });
    return null;
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const problem = problemText(text);
    setError(problem);
    if (problem !== null) {
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    const result = await respondToFeedback({ feedbackId, reply: text }, ctx);
    setBusy(false);
    if (result.ok) {
      await draft.discard();
      setOutcome({ tone: 'success', text: t('replySent') });
    } else {
      setOutcome({ tone: 'danger', text: t('replyFailed', { reason: reasonOf(result) }) });
    }
  };

  const over = text.length - MAX;
  return (
    <form className="fb-reply" noValidate onSubmit={(e) => void send(e)}>
      <TextArea
        id={fieldId}
        label={t('replyLabel')}
        hint={
          over > 0
            ? `${t('replyCount', { count: text.length, max: MAX })} · ${t('replyOver', { count: over })}`
            : t('replyCount', { count: text.length, max: MAX })
        }
        rows={3}
        value={text}
        error={error ?? undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error !== null) setError(problemText(e.target.value));
        }}
        onBlur={() => void draft.flush()}
      />
      <Button type="submit" variant="primary" busy={busy}>
        {t('replySend')}
      </Button>
      <div role="status">{outcome && <Banner tone={outcome.tone}>{outcome.text}</Banner>}</div>
    </form>
  );
}
