/**
 * The parts of a dialog kinerja, each label above its text (they are prose, too long to sit
 * beside a label in a narrow column or on a phone), for the employee, the head and the appraisal:
 * the period it follows (where the place does not say), the agenda, what went well and what to
 * improve; a part left empty says so.
 */
import { Fragment } from 'react';
import type { FeedbackDoc } from '../core/schemas/work';
import { feedbackPartsMessages } from './feedback-parts-messages';
import { useT } from './i18n';
import { useVocabulary } from './use-vocabulary';
import './feedback-parts.css';

type Props = {
  feedback: Pick<FeedbackDoc, 'text' | 'dialog'>;
  /** The period's name, when the place it is shown does not say. */
  period?: string | null;
  /** False where the agenda already shows (as the first message of the conversation). */
  withAgenda?: boolean;
  className?: string;
};

export function DialogKinerjaParts({ feedback, period, withAgenda = true, className }: Props) {
  const t = useT(feedbackPartsMessages);
  const vocab = useVocabulary();
  const parts = [
    ...(withAgenda ? ([['agenda', feedback.text]] as const) : []),
    ['wentWell', feedback.dialog?.wentWell ?? ''],
    ['toImprove', feedback.dialog?.toImprove ?? ''],
  ] as const;
  return (
    <dl className={className ? `dialog-parts ${className}` : 'dialog-parts'}>
      {period && (
        <>
          <dt>{t('period')}</dt>
          <dd>{period}</dd>
        </>
      )}
      {parts.map(([part, text]) => (
        <Fragment key={part}>
          <dt>{vocab.dialogPart(part)}</dt>
          {text === '' ? (
            <dd className="muted">{t('notFilled')}</dd>
          ) : (
            <dd translate="no">{text}</dd>
          )}
        </Fragment>
      ))}
    </dl>
  );
}
