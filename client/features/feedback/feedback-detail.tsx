/**
 * One feedback as the employee reads it: kind, date and author, what it is about, a dialog
 * kinerja's parts, the agreed actions, the praktik baik proposal, the conversation and the reply.
 * Opening it marks it read (once per new message of the head).
 */
import { useEffect, useRef } from 'react';
import { hasActions, lastAuthorMessageAt } from '../../core/feedback-rules';
import { respondToFeedback } from '../../data/commands/respond-feedback';
import type { FeedbackInbox, InboxItem } from '../../data/queries/feedback-inbox-queries';
import { useCommandContext } from '../../data/user-data';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { DialogKinerjaParts } from '../../ui/dialog-kinerja-parts';
import { FeedbackThread } from '../../ui/feedback-thread';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { useVocabulary } from '../../ui/use-vocabulary';
import { AgreedActions } from './agreed-actions';
import { feedbackMessages } from './feedback-messages';
import { FeedbackKindChip } from '../../ui/feedback-kind-chip';
import { PraktikBaikConsent } from './praktik-baik-consent';
import { ReplyForm } from './reply-form';

type Props = { item: InboxItem; unit: FeedbackInbox['unit']; employeeName: string };

/** Writes the read mark when the feedback shows unread, once per message of the head. */
function useMarkRead(item: InboxItem) {
  const ctx = useCommandContext();
  const marked = useRef<string | null>(null);
  const { feedback, unread } = item;
  const key = `${feedback._id}@${lastAuthorMessageAt(feedback)}`;
  useEffect(() => {
    if (!unread || marked.current === key) return;
    marked.current = key;
    // A read mark that could not be written (the device's store closing) is written on the next
    // opening: it stays unread, nothing is lost.
    respondToFeedback({ feedbackId: feedback._id, read: true }, ctx).then(
      (result) => {
        if (!result.ok) marked.current = null;
      },
      () => {
        marked.current = null;
      },
    );
  }, [ctx, feedback._id, key, unread]);
}

function About({ item }: { item: InboxItem }) {
  const t = useT(feedbackMessages);
  const vocabulary = useVocabulary();
  const { feedback, rhkText } = item;
  const rhk = feedback.rhkId === null ? null : rhkText;
  if (
    feedback.rhkId === null &&
    feedback.value === null &&
    item.activities.length === 0 &&
    feedback.photoIds.length === 0
  )
    return null;
  return (
    <section className="fb-section" aria-labelledby="fb-about">
      <h3 id="fb-about">{t('aboutTitle')}</h3>
      <dl className="facts">
        {feedback.rhkId !== null && (
          <>
            <dt>{t('aboutRhk')}</dt>
            {rhk === null ? (
              <dd className="muted">{t('rhkNotHere')}</dd>
            ) : (
              <dd translate="no">{rhk}</dd>
            )}
          </>
        )}
        {feedback.value !== null && (
          <>
            <dt>{t('aboutValue')}</dt>
            <dd>{vocabulary.value(feedback.value)}</dd>
          </>
        )}
        {item.activities.length > 0 && (
          <>
            <dt>{t('aboutActivities')}</dt>
            <dd>
              <ul className="fb-links">
                {item.activities.map((a) => (
                  <li key={a.id}>
                    {a.kegiatan === null ? (
                      <span className="muted">{t('activityNotHere')}</span>
                    ) : (
                      <Link to={`/kegiatan?dok=${encodeURIComponent(a.id)}`} translate="no">
                        {a.kegiatan}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {feedback.photoIds.length > 0 && (
          <>
            <dt>{t('aboutPhotos')}</dt>
            <dd>{t('photoCount', { count: feedback.photoIds.length })}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function DialogParts({ item }: { item: InboxItem }) {
  const t = useT(feedbackMessages);
  const format = useFormat();
  const { feedback, period } = item;
  if (feedback.dialog === null) return null;
  return (
    <section className="fb-section" aria-labelledby="fb-dialog">
      <h3 id="fb-dialog">{t('dialogTitle')}</h3>
      <DialogKinerjaParts feedback={feedback} period={period ? format.period(period) : null} />
    </section>
  );
}

export function FeedbackDetail({ item, unit, employeeName }: Props) {
  const t = useT(feedbackMessages);
  const format = useFormat();
  const { feedback } = item;
  const authorName = item.authorName ?? t('authorUnknown');
  useMarkRead(item);
  return (
    <Card
      className="fb-detail"
      headingLevel={2}
      title={
        <span className="fb-detail__title">
          <FeedbackKindChip kind={feedback.kind} />
          <span>{format.date(feedback.date, 'long')}</span>
        </span>
      }
    >
      <p className="muted">
        {item.unread && <Chip tone="danger">{t('newChip')}</Chip>} {t('from')}{' '}
        {item.authorName === null ? authorName : <span translate="no">{authorName}</span>}
      </p>
      <About item={item} />
      <DialogParts item={item} />
      {hasActions(feedback.kind) && <AgreedActions actions={feedback.actions} />}
      <PraktikBaikConsent item={item} unit={unit} />
      <section className="fb-section" aria-labelledby="fb-thread">
        <h3 id="fb-thread">{t('threadTitle')}</h3>
        <FeedbackThread
          feedback={feedback}
          response={item.response}
          authorName={authorName}
          employeeName={employeeName}
        />
      </section>
      <ReplyForm feedbackId={feedback._id} />
    </Card>
  );
}
