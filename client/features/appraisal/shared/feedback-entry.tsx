/**
 * One continuous feedback of the period as people read it in the appraisal screens: its kind,
 * date and what it is about, the text, a dialog kinerja's parts and the agreed actions of a
 * bimbingan or dialog with their status. The editor adds its "Kutip" action as children.
 */
import type { ReactNode } from 'react';
import type { ActivityRow, FeedbackRow } from '../../../data/read-model';
import { AgreedActionList } from '../../../ui/agreed-action-list';
import { DialogKinerjaParts } from '../../../ui/dialog-kinerja-parts';
import { FeedbackKindChip } from '../../../ui/feedback-kind-chip';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from './appraisal-messages';

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
  const format = useFormat();
  const mine = (activities ?? []).filter((a) => f.activityIds.includes(a.id));
  return (
    <div className="feedback-entry">
      <p className="feedback-entry__meta">
        <FeedbackKindChip kind={f.kind} />
        <span>{format.date(f.date)}</span>
        {about && <span className="muted">{t('feedbackAbout', { what: about })}</span>}
      </p>
      <p className="feedback-entry__text" translate="no">
        {f.text}
      </p>
      {f.dialog && <DialogKinerjaParts feedback={f} withAgenda={false} />}
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
      {f.actions.length > 0 && <AgreedActionList actions={f.actions} label={t('actionsAgreed')} />}
      {children}
    </div>
  );
}
