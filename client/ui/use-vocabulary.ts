import type { ActivityStatus } from '../core/activity-status';
import type { SkpStatus } from '../core/skp-status';
import type { ActionStatus, BerakhlakValue, FeedbackKind, IkiAspect } from '../core/vocabulary';
import { useT } from './i18n';
import { vocabularyMessages } from './vocabulary-messages';

/**
 * Labels of activity and SKP statuses, BerAKHLAK values and guides, IKI aspects, RHK kinds,
 * feedback kinds, agreed actions' statuses and a dialog kinerja's parts in the person's language.
 */
export function useVocabulary() {
  const t = useT(vocabularyMessages);
  return {
    status: (s: ActivityStatus | SkpStatus) => t(`status.${s}`),
    // The year as written: a number parameter would be formatted ("2.026" in Indonesian).
    skpOfYear: (year: number) => t('skpOfYear', { year: String(year) }),
    value: (v: BerakhlakValue) => t(`value.${v}`),
    guide: (v: BerakhlakValue) => t(`guide.${v}`),
    aspect: (a: IkiAspect) => t(`aspect.${a}`),
    kind: (k: 'utama' | 'tambahan') => t(`kind.${k}`),
    feedbackKind: (k: FeedbackKind) => t(`feedbackKind.${k}`),
    actionStatus: (s: ActionStatus) => t(`actionStatus.${s}`),
    dialogPart: (p: 'agenda' | 'wentWell' | 'toImprove' | 'actions') => t(`dialogPart.${p}`),
  };
}
