import type { BerakhlakValue, IkiAspect } from '../../core/vocabulary';
import { useT } from '../../ui/i18n';
import { vocabMessages } from './vocab-messages';

/** Labels of BerAKHLAK values, their guides, IKI aspects and RHK kinds in the person's language. */
export function useVocab() {
  const t = useT(vocabMessages);
  return {
    value: (v: BerakhlakValue) => t(`value.${v}`),
    guide: (v: BerakhlakValue) => t(`guide.${v}`),
    aspect: (a: IkiAspect) => t(`aspect.${a}`),
    kind: (k: 'utama' | 'tambahan') => t(`kind.${k}`),
  };
}
