/**
 * One IKI's realisasi against the period's target, both from core's `summariseRealisasi` (the
 * one source of the figures the editor, the Rapor and the document cite), as words and a bar.
 */
import type { IkiSummary } from '../../../core/realisasi';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from './appraisal-messages';

export function IkiProgress({ summary }: { summary: IkiSummary }) {
  const t = useT(appraisalMessages);
  const format = useFormat();
  const target = `${format.number(summary.target)} ${summary.satuan}`;
  if (summary.entries === 0) {
    return <span className="iki-progress__none">{t('ikiNoLogs', { target })}</span>;
  }
  const share = summary.capaian ?? 0;
  return (
    <span className="iki-progress">
      <span>
        {t('ikiAchieved', {
          realisasi: format.number(summary.realisasi),
          target,
          percent: summary.capaian === null ? '—' : format.percent(share),
        })}
      </span>
      {/* The words above carry the figures; the bar repeats them for the eye. */}
      <span className="iki-progress__bar" aria-hidden="true">
        <span
          className="iki-progress__fill"
          data-reached={share >= 1 || undefined}
          style={{ width: `${Math.min(100, Math.round(share * 100))}%` }}
        />
      </span>
    </span>
  );
}
