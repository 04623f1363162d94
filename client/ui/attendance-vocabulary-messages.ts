/**
 * The words of attendance that several screens show (the employee's Kehadiran, the head's team,
 * the Pengelola's console, the Rapor): a day's status, a correction's status, and the reasons a
 * day costs TPP.
 */
import { defineMessages } from './i18n';

export const attendanceVocabularyMessages = defineMessages({
  id: {
    'status.hadir': 'Hadir',
    'status.izin': 'Izin',
    'status.sakit': 'Sakit',
    'status.cuti': 'Cuti',
    'status.dinas-luar': 'Dinas luar',
    'status.tugas-belajar': 'Tugas belajar',
    'status.tanpa-keterangan': 'Tanpa keterangan',
    'status.libur': 'Libur',
    'correction.pending': 'Menunggu keputusan atasan',
    'correction.approved': 'Disetujui atasan, menunggu diterapkan Pengelola',
    'correction.declined': 'Ditolak atasan',
    'correction.applied': 'Sudah diterapkan',
    'deduction.late': 'Terlambat {minutes} menit',
    'deduction.early': 'Pulang cepat {minutes} menit',
    'deduction.no-scan-in': 'Tidak ada presensi masuk',
    'deduction.no-scan-out': 'Tidak ada presensi pulang',
    'deduction.apel': 'Tidak mengikuti apel',
    'deduction.absent': 'Tidak masuk tanpa keterangan',
    'deduction.status': '{status}, tidak dikecualikan Perkada',
    noScan: 'Tidak ada',
  },
  en: {
    'status.hadir': 'Present',
    'status.izin': 'Permitted absence',
    'status.sakit': 'Sick',
    'status.cuti': 'Leave',
    'status.dinas-luar': 'Official travel',
    'status.tugas-belajar': 'Study leave',
    'status.tanpa-keterangan': 'Absent without leave',
    'status.libur': 'Day off',
    'correction.pending': 'Waiting for the head’s decision',
    'correction.approved': 'Approved by the head, waiting for the Pengelola to apply it',
    'correction.declined': 'Declined by the head',
    'correction.applied': 'Applied',
    'deduction.late': 'Late by {minutes} minutes',
    'deduction.early': 'Left {minutes} minutes early',
    'deduction.no-scan-in': 'No check-in scan',
    'deduction.no-scan-out': 'No check-out scan',
    'deduction.apel': 'Missed the morning apel',
    'deduction.absent': 'Absent without leave',
    'deduction.status': '{status}, not exempted by the Perkada',
    noScan: 'None',
  },
});
