/**
 * The conversation of one feedback, oldest first: the head's feedback and follow-ups and the
 * employee's replies (core threadOf), each with who wrote it and when. Shown to the employee
 * (Umpan balik) and to the head (a staff member's page).
 */
import { threadOf } from '../core/feedback-rules';
import type { FeedbackDoc, FeedbackResponseDoc } from '../core/schemas/work';
import { feedbackThreadMessages } from './feedback-thread-messages';
import { useFormat } from './format';
import { useT } from './i18n';

export function FeedbackThread({
  feedback,
  response,
  authorName,
  employeeName,
}: {
  feedback: FeedbackDoc;
  response: FeedbackResponseDoc | null;
  authorName: string;
  employeeName: string;
}) {
  const t = useT(feedbackThreadMessages);
  const format = useFormat();
  return (
    <ol className="feedback-thread" aria-label={t('label')}>
      {threadOf(feedback, response).map((m, i) => (
        <li key={`${m.by}-${m.at}-${i}`} className="feedback-thread__item" data-by={m.by}>
          <p className="feedback-thread__meta muted">
            {t('wrote', {
              name: m.by === 'author' ? authorName : employeeName,
              when: `${format.date(m.at)} ${format.time(m.at)}`,
            })}
          </p>
          <p className="feedback-thread__text" translate="no">
            {m.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
