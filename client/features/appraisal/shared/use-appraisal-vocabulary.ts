import type { OrgRating, Predikat, Rating } from '../../../core/vocabulary';
import { useT } from '../../../ui/i18n';
import { useVocabulary } from '../../../ui/use-vocabulary';
import { vocabMessages } from './appraisal-vocabulary-messages';

/** The shared vocabulary plus ratings, predikat and organisation ratings in the person's language. */
export function useVocab() {
  const shared = useVocabulary();
  const t = useT(vocabMessages);
  return {
    ...shared,
    rating: (r: Rating) => t(`rating.${r}`),
    ratingShort: (r: Rating) => t(`ratingShort.${r}`),
    predikat: (p: Predikat) => t(`predikat.${p}`),
    org: (o: OrgRating) => t(`org.${o}`),
    hasilKerja: t('hasilKerja'),
    perilaku: t('perilaku'),
  };
}

export type Vocab = ReturnType<typeof useVocab>;
