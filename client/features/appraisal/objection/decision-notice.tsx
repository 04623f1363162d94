/**
 * The Atasan Pejabat Penilai's decision on an objection, final (PP 30/2019 Pasal 59): shown to the
 * employee on the rapor, to the appraiser in the appraisal and to the atasan once decided.
 */
import type { AppraisalContext } from '../../../data/queries/appraisal-queries';
import { Banner } from '../../../ui/banner';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { decidedRatings } from './decided-ratings';
import { objectionMessages } from './objection-messages';
import { useDecisionText } from './use-decision-text';

export function DecisionNotice({ ctx }: { ctx: AppraisalContext }) {
  const t = useT(objectionMessages);
  const decisionText = useDecisionText();
  const format = useFormat();
  const d = ctx.decision;
  if (!d || !ctx.appraisal) return null;
  return (
    <Banner tone={d.outcome === 'changed' ? 'success' : 'info'} role="status">
      <strong>{t('decisionHeading', { date: format.date(d.decidedAt) })}</strong>{' '}
      {decisionText(decidedRatings(ctx.appraisal, d))} {t('decisionReason', { reason: d.reason })}
    </Banner>
  );
}
