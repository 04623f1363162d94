/**
 * The actions agreed in a bimbingan or dialog kinerja, read-only for the employee: each with its
 * due date and status (ui/agreed-action-list.tsx).
 */
import type { AgreedAction } from '../../core/schemas/work';
import { AgreedActionList } from '../../ui/agreed-action-list';
import { useT } from '../../ui/i18n';
import { feedbackMessages } from './feedback-messages';

export function AgreedActions({ actions }: { actions: readonly AgreedAction[] }) {
  const t = useT(feedbackMessages);
  return (
    <section className="fb-section" aria-labelledby="fb-actions">
      <h3 id="fb-actions">{t('actionsTitle')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t('actionsNone')}</p>
      ) : (
        <AgreedActionList actions={actions} label={t('actionsTitle')} />
      )}
    </section>
  );
}
