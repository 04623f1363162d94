/**
 * Words of the three aspects (kehadiran, kualitas pekerjaan, kontribusi terhadap tim) as the
 * Rapor, the head's appraisal editor and Beranda show them. The `summary.`, `figure.` and `how.`
 * keys are core's line keys (core/three-aspects.ts AspectLineParams), with the same numbers.
 */
import type { AspectLabel, AspectLineKey } from '../core/three-aspects-lines';
import { defineMessages } from './i18n';

/** The labels that are not an attendance status (those use the attendance vocabulary). */
type OwnLabel = Exclude<
  AspectLabel,
  'dinas-luar' | 'cuti' | 'izin' | 'sakit' | 'tugas-belajar' | 'tanpa-keterangan'
>;

const LINES_ID = {
  'summary.attendance': 'Hadir {days} dari {of} hari kerja',
  'summary.attendanceNone': 'Rekap presensi belum diimpor',
  'summary.quality': '{count} dari {of} kegiatan disetujui tanpa dikembalikan',
  'summary.qualityNone': 'Belum ada kegiatan yang diverifikasi',
  'summary.team': '{count} dari {of} RHK mengintervensi RHK atasan',
  'summary.teamNone': 'Belum ada RHK di SKP tahun ini',
  'figure.daysOf': '{days} dari {of} hari',
  'figure.days': '{days} hari',
  'figure.daysMinutes': '{days} hari, {minutes} menit',
  'figure.activitiesOf': '{count} dari {of} kegiatan',
  'figure.activities': '{count} kegiatan',
  'figure.rhkOf': '{count} dari {of} RHK',
  'figure.rhkRatings': '{diAtas} di atas, {sesuai} sesuai, {diBawah} di bawah ekspektasi',
  'figure.rhkRatingsOpen':
    '{diAtas} di atas, {sesuai} sesuai, {diBawah} di bawah ekspektasi; {open} belum dinilai',
  'figure.count': '{count}',
  'figure.apresiasi': '{count} ({team} tentang Kolaboratif atau Harmonis)',
  'how.attendance.source':
    'Dari rekap mesin presensi kantor yang diimpor Pengelola Kinerja ({months} bulan); hanya tanggal dalam rentang ini yang dihitung.',
  'how.attendance.none': 'Pengelola Kinerja belum mengimpor rekap presensi untuk rentang ini.',
  'how.attendance.present':
    'Hadir = hari hadir dan dinas luar, dari semua hari kerja yang tercatat. Akhir pekan dan hari libur tidak dihitung sebagai hari kerja.',
  'how.attendance.lateEarly':
    'Terlambat (TL) dan pulang cepat (PSW) dihitung dari jam masuk dan jam pulang unit kerja, hanya pada hari hadir. Presensi tidak lengkap: hari hadir tanpa presensi masuk atau pulang.',
  'how.attendance.corrected':
    '{days} hari dikoreksi: koreksi yang disetujui atasan dan diterapkan Pengelola Kinerja menggantikan data mesin untuk hari itu.',
  'how.attendance.context':
    'Kehadiran menjadi konteks nilai Akuntabel (disiplin) dan dasar potongan TPP; rincian setiap hari ada di halaman Kehadiran.',
  'how.quality.ratings':
    'Nilai hasil kerja dan setiap RHK diberikan Pejabat Penilai Kinerja dari realisasi dan bukti dukung, dalam penilaian yang sudah final.',
  'how.quality.ratingsDraft':
    'Nilai hasil kerja dan RHK dari draf penilaian; pegawai melihatnya setelah penilaian final.',
  'how.quality.ratingsLater': 'Nilai hasil kerja muncul di sini setelah penilaian final.',
  'how.quality.firstRound':
    'Disetujui tanpa dikembalikan: kegiatan yang disetujui atasan pada pengajuan pertamanya, dari semua kegiatan dalam rentang ini yang sudah diverifikasi. Kegiatan yang dikembalikan, atau diubah setelah diajukan, dihitung sebagai diajukan ulang.',
  'how.quality.pending': '{count} kegiatan masih menunggu verifikasi dan belum dihitung.',
  'how.team.rhk':
    'RHK yang mengintervensi: RHK di SKP tahun ini yang terhubung ke salah satu RHK di SKP atasan langsung.',
  'how.team.rhkNoParentPlan':
    'RHK yang mengintervensi: RHK di SKP tahun ini yang terhubung ke RHK atasan. SKP atasan belum ada di perangkat ini, jadi tautan dihitung seperti tersimpan di SKP.',
  'how.team.rhkNoSkp':
    'Belum ada SKP tahun ini, jadi RHK yang mengintervensi RHK atasan belum dapat dihitung.',
  'how.team.shared':
    'Praktik baik: apresiasi yang disetujui pegawai untuk dibagikan ke unit kerjanya dalam rentang ini.',
  'how.team.apresiasi':
    'Apresiasi diterima: umpan balik berjenis apresiasi dalam rentang ini, dari atasan atau rekan kerja.',
  'how.team.ratings':
    'Perilaku kerja dengan nilai Kolaboratif dan Harmonis dari penilaian: dua nilai BerAKHLAK yang paling dekat dengan kerja bersama tim.',
  'how.team.ratingsLater':
    'Nilai perilaku kerja, Kolaboratif dan Harmonis muncul di sini setelah penilaian final.',
} as const satisfies Record<AspectLineKey, string>;

const LINES_EN = {
  'summary.attendance': 'Present {days} of {of} working days',
  'summary.attendanceNone': 'Attendance not imported yet',
  'summary.quality': '{count} of {of} activities approved without being returned',
  'summary.qualityNone': 'No activity verified yet',
  'summary.team': '{count} of {of} RHK support the superior’s RHK',
  'summary.teamNone': 'No RHK in this year’s SKP yet',
  'figure.daysOf': '{days} of {of} days',
  'figure.days': '{days} [[days:day|days]]',
  'figure.daysMinutes': '{days} [[days:day|days]], {minutes} [[minutes:minute|minutes]]',
  'figure.activitiesOf': '{count} of {of} activities',
  'figure.activities': '{count} [[count:activity|activities]]',
  'figure.rhkOf': '{count} of {of} RHK',
  'figure.rhkRatings': '{diAtas} above, {sesuai} meeting, {diBawah} below expectation',
  'figure.rhkRatingsOpen':
    '{diAtas} above, {sesuai} meeting, {diBawah} below expectation; {open} not rated yet',
  'figure.count': '{count}',
  'figure.apresiasi': '{count} ({team} about Kolaboratif or Harmonis)',
  'how.attendance.source':
    'From the office’s attendance machines, imported by the Pengelola Kinerja ({months} [[months:month|months]]); only the dates in this range count.',
  'how.attendance.none': 'The Pengelola Kinerja has not imported attendance for this range yet.',
  'how.attendance.present':
    'Present = days present and on official travel, of all recorded working days. Weekends and days off are not working days.',
  'how.attendance.lateEarly':
    'Late arrival (TL) and early leave (PSW) are measured against the unit’s working hours, on days present only. Incomplete scans: days present without a check-in or check-out scan.',
  'how.attendance.corrected':
    '{days} [[days:day was|days were]] corrected: a correction approved by the head and applied by the Pengelola Kinerja replaces the machine’s record of that day.',
  'how.attendance.context':
    'Attendance is context for the Akuntabel value (discipline) and the basis of TPP deductions; each day is on the Attendance page.',
  'how.quality.ratings':
    'The work results and each RHK are rated by the appraiser from results and evidence, in the final appraisal.',
  'how.quality.ratingsDraft':
    'Work result and RHK ratings from the draft appraisal; the employee sees them once it is final.',
  'how.quality.ratingsLater': 'The work results rating appears here once the appraisal is final.',
  'how.quality.firstRound':
    'Approved without being returned: activities the head approved on their first submission, of all verified activities in this range. Activities returned, or changed after submission, count as resubmitted.',
  'how.quality.pending':
    '{count} [[count:activity is|activities are]] still waiting for verification and not counted.',
  'how.team.rhk':
    'Supporting RHK: RHK in this year’s SKP linked to one of the direct superior’s RHK.',
  'how.team.rhkNoParentPlan':
    'Supporting RHK: RHK in this year’s SKP linked to a superior’s RHK. The superior’s SKP is not on this device, so links count as stored in the SKP.',
  'how.team.rhkNoSkp': 'No SKP for this year yet, so supporting RHK cannot be counted.',
  'how.team.shared':
    'Good practice: apresiasi the employee agreed to share with their unit in this range.',
  'how.team.apresiasi':
    'Apresiasi received: feedback of the apresiasi kind in this range, from the superior or colleagues.',
  'how.team.ratings':
    'Work behaviour with the Kolaboratif and Harmonis ratings from the appraisal: the two BerAKHLAK values closest to working as a team.',
  'how.team.ratingsLater':
    'The behaviour, Kolaboratif and Harmonis ratings appear here once the appraisal is final.',
} as const satisfies Record<AspectLineKey, string>;

const LABELS_ID = {
  'label.present': 'Hadir (termasuk dinas luar)',
  'label.late': 'Terlambat (TL)',
  'label.early': 'Pulang cepat (PSW)',
  'label.missingScans': 'Presensi tidak lengkap',
  'label.corrected': 'Dikoreksi',
  'label.rhkRatings': 'Nilai RHK',
  'label.evidence': 'Bukti dukung dikutip',
  'label.firstRound': 'Disetujui tanpa dikembalikan',
  'label.returned': 'Dikembalikan atau diajukan ulang',
  'label.pending': 'Menunggu verifikasi',
  'label.rhkLinked': 'RHK yang mengintervensi RHK atasan',
  'label.shared': 'Apresiasi dibagikan sebagai praktik baik',
  'label.apresiasi': 'Apresiasi diterima',
} as const satisfies Record<`label.${OwnLabel}`, string>;

const LABELS_EN = {
  'label.present': 'Present (official travel included)',
  'label.late': 'Late arrival (TL)',
  'label.early': 'Early leave (PSW)',
  'label.missingScans': 'Incomplete scans',
  'label.corrected': 'Corrected',
  'label.rhkRatings': 'RHK ratings',
  'label.evidence': 'Evidence cited',
  'label.firstRound': 'Approved without being returned',
  'label.returned': 'Returned or resubmitted',
  'label.pending': 'Waiting for verification',
  'label.rhkLinked': 'RHK supporting the superior’s RHK',
  'label.shared': 'Apresiasi shared as good practice',
  'label.apresiasi': 'Apresiasi received',
} as const satisfies Record<`label.${OwnLabel}`, string>;

export const threeAspectsMessages = defineMessages({
  id: {
    'aspect.attendance': 'Kehadiran',
    'aspect.quality': 'Kualitas pekerjaan',
    'aspect.team': 'Kontribusi terhadap tim',
    how: 'Cara dihitung',
    notRated: 'Belum dinilai',
    ...LINES_ID,
    ...LABELS_ID,
  },
  en: {
    'aspect.attendance': 'Attendance',
    'aspect.quality': 'Work quality',
    'aspect.team': 'Contribution to the team',
    how: 'How it is computed',
    notRated: 'Not rated yet',
    ...LINES_EN,
    ...LABELS_EN,
  },
});
