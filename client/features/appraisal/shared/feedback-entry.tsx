/**
 * One continuous feedback of the period as people read it in the appraisal screens: its kind,
 * date and what it is about, the text, a dialog kinerja's parts and the agreed actions of a
 * bimbingan or dialog with their status. The editor adds its "Kutip" action as children.
 */
import type { ReactNode } from 'react';
import type { FeedbackKind } from '../../../core/vocabulary';
import type { ActivityRow, FeedbackRow } from '../../../data/read-model';
import { Chip, type ChipTone } from '../../../ui/chip';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from './appraisal-messages';
import { useAppraisalVocabulary } from './use-appraisal-vocabulary';

const KIND_TONE = {
  apresiasi: 'success',
  'perlu-perbaikan': 'warning',
  bimbingan: 'info',
  dialog: 'info',
} as const satisfies Record<FeedbackKind, ChipTone>;

const ACTION_TONE = { open: 'warning', done: 'success', carried: 'neutral' } as const;

type Props = {
  feedback: FeedbackRow;
  /** What it is about, when the place it is shown does not say (a value, an RHK). */
  about?: string | null;
  /** The logged activities it is about, when they are on this device. */
  activities?: readonly ActivityRow[];
  /** Renders an activity it is about (the editor makes it a link to that evidence). */
  renderActivity?: (activity: ActivityRow) => ReactNode;
  children?: ReactNode;
};

export function FeedbackEntry({ feedback: f, about, activities, renderActivity, children }: Props) {
  const t = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const mine = (activities ?? []).filter((a) => f.activityIds.includes(a.id));
  return (
    <div className="feedback-entry">
      <p className="feedback-entry__meta">
        <Chip tone={KIND_TONE[f.kind]}>{vocab.feedbackKind(f.kind)}</Chip>
        <span>{format.date(f.date)}</span>
        {about && <span className="muted">{t('feedbackAbout', { what: about })}</span>}
      </p>
      <p className="feedback-entry__text" translate="no">
        {f.text}
      </p>
      {f.dialog?.wentWell && (
        <p translate="no">{t('dialogWentWell', { text: f.dialog.wentWell })}</p>
      )}
      {f.dialog?.toImprove && (
        <p translate="no">{t('dialogToImprove', { text: f.dialog.toImprove })}</p>
      )}
      {mine.length > 0 && (
        <ul className="feedback-entry__list" aria-label={t('feedbackActivities')}>
          {mine.map((a) => (
            <li key={a.id}>
              {renderActivity ? (
                renderActivity(a)
              ) : (
                <>
                  {format.date(a.date, 'short')} · <span translate="no">{a.kegiatan}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {f.actions.length > 0 && (
        <ul className="feedback-entry__list" aria-label={t('actionsAgreed')}>
          {f.actions.map((a) => (
            <li key={a.id}>
              <Chip tone={ACTION_TONE[a.status]}>{t(`action.${a.status}`)}</Chip>{' '}
              <span translate="no">{a.text}</span>
              {a.due && (
                <span className="muted"> · {t('actionDue', { date: format.date(a.due) })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
