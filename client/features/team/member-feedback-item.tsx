/**
 * One feedback on a staff member's page: its kind, date and what it is about, the agreed actions,
 * the share proposal and whether the employee consented, the conversation (a mark when the
 * employee replied since the head's last message), and for its author a follow-up and "Ubah".
 */
import { useState, type ReactNode } from 'react';
import { hasActions, hasNewReply, isUnread } from '../../core/feedback-rules';
import { addFollowUp } from '../../data/commands/save-feedback';
import { useDraft } from '../../data/drafts';
import type { FeedbackItem } from '../../data/queries/feedback-queries';
import { useCommandContext } from '../../data/user-data';
import { AgreedActionList } from '../../ui/agreed-action-list';
import { Button, buttonClass } from '../../ui/button';
import { Chip } from '../../ui/chip';
import { DialogKinerjaParts } from '../../ui/dialog-kinerja-parts';
import { FeedbackThread } from '../../ui/feedback-thread';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { TextArea } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { useVocabulary } from '../../ui/use-vocabulary';
import { LIMITS } from './feedback-form-model';
import { memberMessages } from './member-messages';

type Props = {
  item: FeedbackItem;
  headNip: string;
  employeeName: string;
  authorName: string;
  rhkText: string | null;
  /** True when the employee agreed to share the text now proposed. */
  shared: boolean;
};

/** The author's follow-up: a button, then the message field (open at once when a draft came back). */
function FollowUp({ feedbackId, edit }: { feedbackId: string; edit: ReactNode }) {
  const reasonOf = useReason();
  const t = useT(memberMessages);
  const ctx = useCommandContext();
  const [text, setText, draft] = useDraft(`feedback-follow-up:${feedbackId}`, '');
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = opened || (draft.restored && text !== '');
  const send = async () => {
    if (text.trim() === '') {
      setError(t('followUpRequired'));
      return;
    }
    setBusy(true);
    const result = await addFollowUp(feedbackId, text, ctx);
    setBusy(false);
    if (!result.ok) {
      setError(t('failed', { reason: reasonOf(result) }));
      return;
    }
    setError(null);
    setOpened(false);
    await draft.discard();
  };
  if (!open)
    return (
      <div className="row member-follow-up">
        <Button onClick={() => setOpened(true)}>{t('writeFollowUp')}</Button>
        {edit}
      </div>
    );
  return (
    <form
      className="member-follow-up"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <TextArea
        label={t('followUpLabel')}
        hint={t('followUpHint', { count: text.length, max: LIMITS.reply })}
        rows={2}
        maxLength={LIMITS.reply}
        value={text}
        error={error ?? undefined}
        autoFocus={opened}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(null);
        }}
        onBlur={() => void draft.flush()}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {t('send')}
        </Button>
        {edit}
      </div>
    </form>
  );
}

export function MemberFeedbackItem({
  item,
  headNip,
  employeeName,
  authorName,
  rhkText,
  shared,
}: Props) {
  const t = useT(memberMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const { feedback: f, response } = item;
  const mine = f.authorNip === headNip;
  const newReply = hasNewReply(f, response);
  const unread = isUnread(f, response);
  const about = [
    rhkText ? t('aboutRhk', { text: rhkText }) : null,
    f.value ? t('aboutValue', { value: vocab.value(f.value) }) : null,
    f.activityIds.length > 0 ? t('aboutActivities', { count: f.activityIds.length }) : null,
    f.photoIds.length > 0 ? t('aboutPhotos', { count: f.photoIds.length }) : null,
  ].filter((x): x is string => x !== null);
  const actionsLabel = f.kind === 'dialog' ? vocab.dialogPart('actions') : t('actionsAgreed');
  const suffix = f._id.split(':')[2] ?? '';
  const headingId = `feedback-${suffix}`;
  return (
    <li className="member-feedback">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="member-feedback__title">
          {vocab.feedbackKind(f.kind)} · {format.date(f.date)}
        </h3>
        {(newReply || unread || !mine) && (
          <p className="row">
            {newReply && <Chip tone="info">{t('newReply')}</Chip>}
            {unread && <Chip>{t('unread')}</Chip>}
            {!mine && <span className="muted">{t('by', { name: authorName })}</span>}
          </p>
        )}
        {about.length > 0 && <p className="muted">{about.join(' · ')}</p>}
        {f.share && (
          <p className="muted">
            {shared ? t('shareAgreed') : t('shareProposed')} <q translate="no">{f.share.text}</q>
          </p>
        )}
        <FeedbackThread
          feedback={f}
          response={response}
          authorName={authorName}
          employeeName={employeeName}
        />
        {f.dialog && (
          <DialogKinerjaParts feedback={f} withAgenda={false} className="member-feedback__dialog" />
        )}
        {hasActions(f.kind) && f.actions.length > 0 && (
          <>
            <h4 className="member-subheading">{actionsLabel}</h4>
            <AgreedActionList actions={f.actions} label={actionsLabel} />
          </>
        )}
        {mine && (
          <FollowUp
            feedbackId={f._id}
            edit={
              <Link
                to={
                  f.kind === 'dialog' && f.periodId
                    ? `/tim/${f.nip}/dialog/${f.periodId}`
                    : `/tim/${f.nip}/umpan-balik/${suffix}`
                }
                className={buttonClass('ghost')}
                aria-label={t('editLabel', { date: format.date(f.date) })}
              >
                {t('edit')}
              </Link>
            }
          />
        )}
      </article>
    </li>
  );
}
