/** The words of attendance in the person's language (attendance-vocabulary-messages.ts). */
import type { CorrectionStatus } from '../core/attendance-rules';
import type { TppDeduction } from '../core/tpp';
import type { AttendanceStatus } from '../core/vocabulary';
import { attendanceVocabularyMessages } from './attendance-vocabulary-messages';
import { useFormat } from './format';
import { useT } from './i18n';

export function useAttendanceVocabulary() {
  const t = useT(attendanceVocabularyMessages);
  const format = useFormat();
  return {
    status: (s: AttendanceStatus) => t(`status.${s}`),
    correction: (s: CorrectionStatus) => t(`correction.${s}`),
    /** "Terlambat 35 menit", "Tidak ada presensi pulang", "Izin, tidak dikecualikan Perkada". */
    deduction: (d: Pick<TppDeduction, 'kind' | 'minutes' | 'status'>) =>
      d.kind === 'status'
        ? t('deduction.status', { status: d.status ? t(`status.${d.status}`) : '' })
        : t(`deduction.${d.kind}`, { minutes: d.minutes ?? 0 }),
    /** A scan time, or "Tidak ada". */
    scan: (time: string | null) => time ?? t('noScan'),
    /** A percentage in the person's locale: "2,5%". */
    pct: (value: number) => `${format.number(value, { maximumFractionDigits: 2 })}%`,
  };
}
