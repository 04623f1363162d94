import type { OrgRating, Predikat, Rating, BerakhlakValue, IkiAspect } from '../../core/vocabulary';
import { useT } from '../../ui/i18n';
import { vocabMessages } from './vocab-messages';

/** Labels of ratings, predikat, BerAKHLAK values and IKI aspects in the person's language. */
export function useVocab() {
  const t = useT(vocabMessages);
  return {
    rating: (r: Rating) => t(`rating.${r}`),
    ratingShort: (r: Rating) => t(`ratingShort.${r}`),
    predikat: (p: Predikat) => t(`predikat.${p}`),
    value: (v: BerakhlakValue) => t(`value.${v}`),
    guide: (v: BerakhlakValue) => t(`guide.${v}`),
    aspect: (a: IkiAspect) => t(`aspect.${a}`),
    org: (o: OrgRating) => t(`org.${o}`),
    kind: (k: 'utama' | 'tambahan') => t(`kind.${k}`),
    hasilKerja: t('hasilKerja'),
    perilaku: t('perilaku'),
  };
}

export type Vocab = ReturnType<typeof useVocab>;
