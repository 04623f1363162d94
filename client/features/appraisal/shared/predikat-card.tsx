/**
 * The predikat as the ratings give it: the result, the sentence that explains it, the appraiser's
 * reason for it, the matrix.
 */
import type { ReactNode } from 'react';
import type { Predikat, Rating } from '../../../core/vocabulary';
import { useT } from '../../../ui/i18n';
import { PredikatMatrix } from '../../../ui/predikat-matrix';
import { appraisalMessages } from './appraisal-messages';
import { useAppraisalVocabulary } from './use-appraisal-vocabulary';

type Props = {
  hasilKerja: Rating | null;
  perilaku: Rating | null;
  predikat: Predikat | null;
  /** The appraiser's reason for this predikat ("Alasan predikat"), when it stands. */
  reason?: string | null;
  children?: ReactNode;
};

export function PredikatCard({ hasilKerja, perilaku, predikat, reason, children }: Props) {
  const t = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  return (
    <section className="predikat-card" aria-labelledby="predikat-heading">
      <h2 id="predikat-heading">{t('predikatTitle')}</h2>
      <p className="predikat-card__value" data-predikat={predikat ?? undefined} aria-live="polite">
        {predikat ? vocab.predikat(predikat) : t('predikatPending')}
      </p>
      {hasilKerja && perilaku && predikat && (
        <p className="muted">
          {t('predikatExplained', {
            hasil: vocab.rating(hasilKerja),
            perilaku: vocab.rating(perilaku),
            predikat: vocab.predikat(predikat),
          })}
        </p>
      )}
      {reason?.trim() && (
        <p className="predikat-card__reason">
          <strong>{t('predikatReason')}:</strong> <span translate="no">{reason}</span>
        </p>
      )}
      <PredikatMatrix hasilKerja={hasilKerja} perilaku={perilaku} />
      {children}
    </section>
  );
}
