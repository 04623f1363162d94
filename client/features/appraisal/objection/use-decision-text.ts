import { useT } from '../../../ui/i18n';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import type { DecidedRatings } from './decided-ratings';
import { objectionMessages } from './objection-messages';

/** The sentence that says what a decision on an objection did, as the notice and the document print it. */
export function useDecisionText(): (r: DecidedRatings) => string {
  const t = useT(objectionMessages);
  const vocab = useAppraisalVocabulary();
  return (r) => {
    const predikat = r.predikat ? vocab.predikat(r.predikat) : '—';
    if (r.change === 'none' || r.change === 'upheld') return t('decisionUpheld', { predikat });
    const ratings = {
      hasil: r.hasilKerja ? vocab.rating(r.hasilKerja) : '—',
      perilaku: r.perilaku ? vocab.rating(r.perilaku) : '—',
      predikat,
    };
    if (r.change === 'ratings') return t('decisionRatingsSamePredikat', ratings);
    return t('decisionChanged', {
      ...ratings,
      before: r.before.predikat ? vocab.predikat(r.before.predikat) : '—',
    });
  };
}
