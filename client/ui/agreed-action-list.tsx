/**
 * The actions agreed in a bimbingan or dialog kinerja, as the employee, the head and the appraisal
 * screens read them: the text, its status, the due date (an open action past it marked "Lewat
 * tenggat" in words, not only in colour), where it was carried from, and, when the list spans
 * sessions, the session it was agreed in. The place that shows it may add controls per action
 * (the head's "Selesai").
 */
import type { ReactNode } from 'react';
import { isActionOverdue } from '../core/feedback-rules';
import type { AgreedAction } from '../core/schemas/work';
import type { ActionStatus, FeedbackKind } from '../core/vocabulary';
import { Chip, type ChipTone } from './chip';
import { feedbackPartsMessages } from './feedback-parts-messages';
import { useFormat } from './format';
import { useT } from './i18n';
import { useVocabulary } from './use-vocabulary';
import './feedback-parts.css';

/** An action to show; with `feedbackId`, `kind` and `date` of its session when the list spans several. */
export type ActionItem = AgreedAction & { feedbackId?: string; kind?: FeedbackKind; date?: string };

const STATUS_TONE = {
  open: 'info',
  done: 'success',
  carried: 'neutral',
} as const satisfies Record<ActionStatus, ChipTone>;

type Props = {
  actions: readonly ActionItem[];
  /** The list's accessible name. */
  label: string;
  /** The reader's civil date, for "Lewat tenggat"; the device's today when absent. */
  today?: string;
  /** Controls beside one action (e.g. the head's "Selesai"), or nothing. */
  controls?: (action: ActionItem) => ReactNode;
};

export function AgreedActionList({ actions, label, today, controls }: Props) {
  const t = useT(feedbackPartsMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const now = today ?? format.today();
  return (
    <ul className="agreed-actions" aria-label={label}>
      {actions.map((a) => {
        const overdue = isActionOverdue(a, now);
        const control = controls?.(a);
        return (
          <li
            key={`${a.feedbackId ?? ''}|${a.id}`}
            className="agreed-action"
            data-overdue={overdue || undefined}
          >
            <div className="agreed-action__what">
              <p className="agreed-action__text" translate="no">
                {a.text}
              </p>
              <p className="agreed-action__meta">
                <Chip tone={STATUS_TONE[a.status]}>{vocab.actionStatus(a.status)}</Chip>
                {overdue && <Chip tone="danger">{t('overdue')}</Chip>}
                <span className={overdue ? 'agreed-action__due--overdue' : 'muted'}>
                  {a.due === null ? t('noDue') : t('due', { date: format.date(a.due) })}
                </span>
              </p>
              {a.kind && a.date && (
                <p className="muted">
                  {t('from', { kind: vocab.feedbackKind(a.kind), date: format.date(a.date) })}
                </p>
              )}
              {a.carriedFrom !== null && <p className="muted">{t('carriedFrom')}</p>}
            </div>
            {control && <div className="agreed-action__controls">{control}</div>}
          </li>
        );
      })}
    </ul>
  );
}
