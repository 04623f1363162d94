/** Labels of competency development's words in the person's language (BerAKHLAK from the kit). */
import type { EnrolmentStatus } from '../../../core/development-rules';
import type { JpRule } from '../../../core/schemas/development';
import type { CompetencyArea, DevFocus, DevForm, DevMode } from '../../../core/vocabulary';
import { useT } from '../../../ui/i18n';
import { useVocabulary } from '../../../ui/use-vocabulary';
import { developmentVocabularyMessages } from './development-vocabulary-messages';

export function useDevelopmentVocabulary() {
  const t = useT(developmentVocabularyMessages);
  const vocab = useVocabulary();
  return {
    group: (g: 'klasikal' | 'nonklasikal') => t(g),
    form: (f: DevForm) => t(`form.${f}`),
    area: (a: CompetencyArea) => t(`area.${a}`),
    mode: (m: DevMode) => t(`mode.${m}`),
    focus: (f: DevFocus) => (f === 'hasil-kerja' ? t('focus.hasil-kerja') : vocab.value(f)),
    basis: (b: JpRule['basis']) => t(`basis.${b}`),
    status: (s: EnrolmentStatus) => t(`status.${s}`),
  };
}
