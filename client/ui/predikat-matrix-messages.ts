/** Words of the predikat matrix (predikat-matrix.tsx): its caption and what screen readers hear. */
import { defineMessages } from './i18n';

export const predikatMatrixMessages = defineMessages({
  id: {
    matrixCaption: 'Matriks predikat kinerja (PermenPANRB 6/2022)',
    matrixCorner: 'Baris: hasil kerja; kolom: perilaku kerja',
    matrixChosen: 'Terpilih:',
  },
  en: {
    matrixCaption: 'Predikat matrix (PermenPANRB 6/2022)',
    matrixCorner: 'Rows: work results; columns: work behaviour',
    matrixChosen: 'Chosen:',
  },
});
