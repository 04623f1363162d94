/**
 * The Atasan Pejabat Penilai's decision on an objection, final (PP 30/2019 Pasal 59): shown to the
 * employee on the rapor, to the appraiser in the appraisal and to the atasan once decided.
 */
import type { AppraisalContext } from '../../../data/queries/appraisal-queries';
import { Banner } from '../../../ui/banner';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { objectionMessages } from './objection-messages';

export function DecisionNotice({ ctx }: { ctx: AppraisalContext }) {
  const t = useT(objectionMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const d = ctx.decision;
  if (!d) return null;
  return (
    <Banner tone={d.outcome === 'changed' ? 'success' : 'info'} role="status">
      <strong>{t('decisionHeading', { date: format.date(d.decidedAt) })}</strong>{' '}
      {d.outcome === 'upheld'
        ? t('decisionUpheld', { predikat: vocab.predikat(d.predikat) })
        : t('decisionChanged', {
            hasil: d.hasilKerja ? vocab.rating(d.hasilKerja) : '—',
            perilaku: d.perilaku ? vocab.rating(d.perilaku) : '—',
            predikat: vocab.predikat(d.predikat),
          })}{' '}
      {t('decisionReason', { reason: d.reason })}
    </Banner>
  );
}
