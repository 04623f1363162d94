import type { WeakArea } from '../../../core/recommendations';
import type { OrgRating, Predikat, Rating } from '../../../core/vocabulary';
import { useT } from '../../../ui/i18n';
import { appraisalVocabularyMessages } from '../../../ui/appraisal-vocabulary-messages';
import { useVocabulary } from '../../../ui/use-vocabulary';

/**
 * The shared vocabulary plus ratings, predikat, organisation ratings and the areas a rating can
 * be weak in, in the person's language.
 */
export function useAppraisalVocabulary() {
  const shared = useVocabulary();
  const t = useT(appraisalVocabularyMessages);
  return {
    ...shared,
    rating: (r: Rating) => t(`rating.${r}`),
    ratingShort: (r: Rating) => t(`ratingShort.${r}`),
    predikat: (p: Predikat) => t(`predikat.${p}`),
    org: (o: OrgRating) => t(`org.${o}`),
    hasilKerja: t('hasilKerja'),
    perilaku: t('perilaku'),
    /** An area to improve (or a training's focus): hasil kerja, or one BerAKHLAK value. */
    area: (a: WeakArea) => (a === 'hasil-kerja' ? t('hasilKerja') : shared.value(a)),
  };
}

export type AppraisalVocabulary = ReturnType<typeof useAppraisalVocabulary>;
