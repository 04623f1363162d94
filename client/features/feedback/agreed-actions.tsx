/**
 * The actions agreed in a bimbingan or dialog kinerja, read-only for the employee: each with its
 * due date and status; an open action past its due date is marked "Lewat tenggat".
 */
import type { AgreedAction } from '../../core/schemas/work';
import { Chip, type ChipTone } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { feedbackMessages } from './feedback-messages';

const STATUS_TONE: Record<AgreedAction['status'], ChipTone> = {
  open: 'info',
  done: 'success',
  carried: 'neutral',
};

/** True when an open action's due date has passed (civil dates, the reader's today). */
function isOverdue(action: AgreedAction, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due < today;
}

export function AgreedActions({ actions }: { actions: readonly AgreedAction[] }) {
  const t = useT(feedbackMessages);
  const format = useFormat();
  const today = format.today();
  return (
    <section className="fb-section" aria-labelledby="fb-actions">
      <h3 id="fb-actions">{t('actionsTitle')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t('actionsNone')}</p>
      ) : (
        <ul className="fb-actions">
          {actions.map((action) => {
            const overdue = isOverdue(action, today);
            return (
              <li key={action.id} className="fb-action" data-overdue={overdue || undefined}>
                <p className="fb-action__text" translate="no">
                  {action.text}
                </p>
                <p className="fb-action__meta">
                  <Chip tone={STATUS_TONE[action.status]}>
                    {t(`actionStatus.${action.status}`)}
                  </Chip>
                  {overdue && <Chip tone="danger">{t('actionOverdue')}</Chip>}
                  <span className={overdue ? 'fb-action__due--overdue' : 'muted'}>
                    {action.due === null
                      ? t('actionNoDue')
                      : t('actionDue', { date: format.date(action.due) })}
                  </span>
                </p>
                {action.carriedFrom !== null && (
                  <p className="muted fb-action__carried">{t('actionCarriedFrom')}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
