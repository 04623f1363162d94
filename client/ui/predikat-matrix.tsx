/**
 * The predikat matrix of PermenPANRB 6/2022 (rows: hasil kerja, columns: perilaku kerja) with the
 * cell of the chosen ratings highlighted, so everyone sees how the predikat follows. A chosen row
 * or column alone is marked too, while the other rating is still open. The appraisal screens and
 * "Tentang penilaian" show it.
 */
import { PREDIKAT_MATRIX } from '../core/predikat';
import { RATINGS, type Rating } from '../core/vocabulary';
import { appraisalVocabularyMessages } from './appraisal-vocabulary-messages';
import { useT } from './i18n';
import { predikatMatrixMessages } from './predikat-matrix-messages';
import './predikat-matrix.css';

type Props = { hasilKerja: Rating | null; perilaku: Rating | null; caption?: string };

export function PredikatMatrix({ hasilKerja, perilaku, caption }: Props) {
  const t = useT(predikatMatrixMessages);
  const words = useT(appraisalVocabularyMessages);
  return (
    <table className="predikat-matrix">
      <caption>{caption ?? t('matrixCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('matrixCorner')}</span>
            <span aria-hidden="true">
              {words('hasilKerja')} ↓ / {words('perilaku')} →
            </span>
          </th>
          {RATINGS.map((p) => (
            <th key={p} scope="col" data-chosen={p === perilaku || undefined}>
              {words(`ratingShort.${p}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {RATINGS.map((h) => (
          <tr key={h}>
            <th scope="row" data-chosen={h === hasilKerja || undefined}>
              {words(`ratingShort.${h}`)}
            </th>
            {RATINGS.map((p) => {
              const active = h === hasilKerja && p === perilaku;
              const inLine = !active && (h === hasilKerja || p === perilaku);
              return (
                <td
                  key={p}
                  aria-current={active ? 'true' : undefined}
                  data-active={active || undefined}
                  data-in-line={inLine || undefined}
                  data-predikat={PREDIKAT_MATRIX[h][p]}
                >
                  {active && <span className="visually-hidden">{t('matrixChosen')} </span>}
                  {/* "Kurang/Misconduct" may break after the slash on a phone. */}
                  {words(`predikat.${PREDIKAT_MATRIX[h][p]}`).replace('/', '/\u200b')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
