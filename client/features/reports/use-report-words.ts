import type { CurveRule } from '../../core/distribution';
import type { ReportExclusion, ReportPerson } from '../../core/schemas/report';
import type { OrgRating, Predikat } from '../../core/vocabulary';
import { appraisalVocabularyMessages } from '../../ui/appraisal-vocabulary-messages';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useVocabulary } from '../../ui/use-vocabulary';
import { reportsMessages } from './reports-messages';

const APPRAISAL_KEY = {
  none: 'appraisalNone',
  draft: 'appraisalDraft',
  final: 'appraisalFinal',
} as const satisfies Record<ReportPerson['appraisal'], string>;

const EXCLUSION_KEY = {
  cuti: 'excludedCuti',
  'tugas-belajar': 'excludedStudy',
} as const satisfies Record<ReportExclusion, string>;

/** The words and number formats of the Laporan screens, in the person's language. */
export function useReportWords() {
  const t = useT(reportsMessages);
  const words = useT(appraisalVocabularyMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const predikat = (p: Predikat | null) => (p ? words(`predikat.${p}`) : t('predikatNone'));
  return {
    t,
    format,
    /** A rule of the curve in words ("paling banyak 70% Baik"). */
    rule: (r: Pick<CurveRule, 'bound' | 'share' | 'count' | 'predikats'>) => {
      const names = r.predikats.map((p) => predikat(p)).join(' / ');
      if (r.share !== undefined) {
        const share = format.percent(r.share);
        return t(r.bound === 'at-most' ? 'ruleAtMostShare' : 'ruleAtLeastShare', {
          share,
          predikat: names,
        });
      }
      const count = r.count ?? 0;
      if (r.bound === 'at-least') return t('ruleAtLeastCount', { count, predikat: names });
      return count === 0
        ? t('ruleNone', { predikat: names })
        : t('limitAtMost', { count, predikat: names });
    },
    skp: (s: ReportPerson['skp']) => vocab.status(s),
    appraisal: (s: ReportPerson['appraisal']) => t(APPRAISAL_KEY[s]),
    predikat,
    org: (r: OrgRating) => words(`org.${r}`),
    exclusion: (e: ReportExclusion) => t(EXCLUSION_KEY[e]),
    /** A month `yyyy-mm` as "Desember 2026". */
    month: (m: string) =>
      new Intl.DateTimeFormat(format.ctx.locale, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${m}-01T00:00:00Z`)),
    /**
     * A share 0..1 as a percentage number with one decimal at most (for tables and files); '–'
     * when nobody was measured.
     */
    pct: (share: number | null): number | string =>
      share === null ? '–' : Math.round(share * 1000) / 10,
    /** The same for a chart's bar: 0 long when nobody was measured, its label '–'. */
    bar: (share: number | null): { value: number; display: string } =>
      share === null
        ? { value: 0, display: '–' }
        : {
            value: Math.round(share * 1000) / 10,
            display: `${format.number(Math.round(share * 1000) / 10)} %`,
          },
  };
}

export type ReportWords = ReturnType<typeof useReportWords>;
