/**
 * The employee's feedback, newest first: kind, "Baru" when unread, date and author, the start of
 * the text and what it is about. Each opens the feedback beside the list (or in place on phones).
 */
import type { InboxItem } from '../../data/queries/feedback-inbox-queries';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { useVocabulary } from '../../ui/use-vocabulary';
import { feedbackMessages } from './feedback-messages';
import { FeedbackKindChip } from '../../ui/feedback-kind-chip';

type Props = {
  items: readonly InboxItem[];
  currentId: string | null;
  hrefOf: (id: string) => string;
};

/**
 * What a feedback is about, in a few words: the RHK, the value, the titles of the linked
 * activities on this device (a count for those that are not), the number of photos.
 */
function AboutLine({ item }: { item: InboxItem }) {
  const t = useT(feedbackMessages);
  const vocabulary = useVocabulary();
  const { feedback, rhkText } = item;
  const titles = item.activities.flatMap((a) => (a.kegiatan === null ? [] : [a.kegiatan]));
  const elsewhere = item.activities.length - titles.length;
  const parts = [
    rhkText === null ? null : (
      <span key="rhk" translate="no">
        {rhkText}
      </span>
    ),
    feedback.value === null ? null : <span key="value">{vocabulary.value(feedback.value)}</span>,
    titles.length === 0 ? null : (
      <span key="titles" translate="no">
        {titles.join(', ')}
      </span>
    ),
    elsewhere === 0 ? null : (
      <span key="elsewhere">{t('activityCount', { count: elsewhere })}</span>
    ),
    feedback.photoIds.length === 0 ? null : (
      <span key="photos">{t('photoCount', { count: feedback.photoIds.length })}</span>
    ),
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return <span className="fb-item__about muted">{parts}</span>;
}

export function FeedbackList({ items, currentId, hrefOf }: Props) {
  const t = useT(feedbackMessages);
  const format = useFormat();
  return (
    <ul className="fb-list">
      {items.map((item) => {
        const { feedback } = item;
        const current = feedback._id === currentId;
        return (
          <li key={feedback._id}>
            <Link
              to={hrefOf(feedback._id)}
              className="fb-item"
              data-feedback={feedback._id}
              data-unread={item.unread || undefined}
              aria-current={current ? 'true' : undefined}
            >
              <span className="fb-item__chips">
                <FeedbackKindChip kind={feedback.kind} />
                {item.unread && <Chip tone="danger">{t('newChip')}</Chip>}
              </span>
              <span className="fb-item__meta muted">
                {item.authorName === null ? (
                  t('authorUnknown')
                ) : (
                  <span translate="no">{item.authorName}</span>
                )}
                {' · '}
                {format.date(feedback.date)}
              </span>
              <span className="fb-item__text" translate="no">
                {feedback.text}
              </span>
              <AboutLine item={item} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
