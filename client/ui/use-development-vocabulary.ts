/** The words of competency development in the person's language (development-vocabulary-messages.ts). */
import type { EnrolmentStatus } from '../core/development-rules';
import { reachedTarget, type JpProgress } from '../core/jp';
import type { JpRule } from '../core/schemas/development';
import type { CompetencyArea, DevFocus, DevForm, DevMode } from '../core/vocabulary';
import { useFormat } from './format';
import { useT } from './i18n';
import { appraisalVocabularyMessages } from './appraisal-vocabulary-messages';
import { developmentVocabularyMessages } from './development-vocabulary-messages';
import { useVocabulary } from './use-vocabulary';

export function useDevelopmentVocabulary() {
  const t = useT(developmentVocabularyMessages);
  const tAppraisal = useT(appraisalVocabularyMessages);
  const vocabulary = useVocabulary();
  const format = useFormat();
  const form = (f: DevForm) => t(`form.${f}`);
  const jp = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const figures = (p: Pick<JpProgress, 'verified' | 'target' | 'pending'>) => ({
    verified: jp(p.verified),
    target: jp(p.target),
    pending: jp(p.pending),
  });
  return {
    t,
    form,
    group: (g: 'klasikal' | 'nonklasikal') => t(g),
    area: (a: CompetencyArea) => t(`area.${a}`),
    mode: (m: DevMode) => t(`mode.${m}`),
    focus: (f: DevFocus) => (f === 'hasil-kerja' ? tAppraisal('hasilKerja') : vocabulary.value(f)),
    status: (s: EnrolmentStatus) => t(`status.${s}`),
    basis: (b: JpRule['basis']) => t(`basis.${b}`),
    jp,
    /** A year's JP in figures of the person's locale, for the messages below. */
    figures,
    /** "12 / 20 JP". */
    ofTarget: (p: Pick<JpProgress, 'verified' | 'target' | 'pending'>) =>
      t('jpOfTarget', figures(p)),
    /** "8 JP menunggu verifikasi". */
    pending: (p: Pick<JpProgress, 'verified' | 'target' | 'pending'>) => t('jpPending', figures(p)),
    /** "Di bawah target" or "Target tercapai" (core's reachedTarget). */
    standing: (p: Pick<JpProgress, 'verified' | 'target'>) =>
      reachedTarget(p) ? t('targetReached') : t('belowTarget'),
    /** "Belajar mandiri: 1 JP per jam, paling banyak 2 JP per hari". */
    rule: (f: DevForm, rule: JpRule) => {
      const jp = format.number(rule.jp, { maximumFractionDigits: 2 });
      const parts = [t(`rule.${rule.basis}`, { form: form(f), jp })];
      if (rule.capPerDay !== null)
        parts.push(t('ruleCapPerDay', { cap: format.number(rule.capPerDay) }));
      if (rule.capPerMonth !== null)
        parts.push(t('ruleCapPerMonth', { cap: format.number(rule.capPerMonth) }));
      return parts.join(', ');
    },
  };
}
