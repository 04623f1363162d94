/**
 * The period's continuous feedback as the employee reads it beside their appraisal: every
 * apresiasi, perlu perbaikan, bimbingan and dialog kinerja of the period, what each is about, and
 * the agreed actions with their status. Shown before the appraisal is final too (the Rapor's
 * waiting state, the self-assessment), so nobody learns of the feedback only from the result.
 */
import type { AppraisalContext } from '../../../data/queries/appraisal-queries';
import type { FeedbackRow } from '../../../data/read-model';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from './appraisal-messages';
import { FeedbackEntry } from './feedback-entry';
import { useAppraisalVocabulary } from './use-appraisal-vocabulary';

export function PeriodFeedbackCard({ ctx }: { ctx: AppraisalContext }) {
  const t = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const rhkList = ctx.plan.skp?.rhk ?? [];
  const about = (f: FeedbackRow) => {
    if (f.value) return vocab.value(f.value);
    const n = rhkList.findIndex((r) => r.id === f.rhkId) + 1;
    return n > 0 ? t('rhkNumber', { n }) : null;
  };
  const feedback = [...ctx.feedback].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Card title={t('periodFeedbackTitle')}>
      {feedback.length === 0 ? (
        <p className="muted">{t('periodFeedbackNone')}</p>
      ) : (
        <ul className="feedback-list">
          {feedback.map((f) => (
            <li key={f.id}>
              <FeedbackEntry feedback={f} about={about(f)} activities={ctx.activities} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
