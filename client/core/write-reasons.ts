/** Why a write is refused: a stable code with the sentence a person reads, in Indonesian and English. */

export const WRITE_REASONS = {
  'invalid-id': { id: 'ID dokumen tidak valid', en: 'Invalid document id' },
  'type-mismatch': {
    id: 'Jenis dokumen tidak sesuai dengan ID-nya',
    en: 'Document type does not match its id',
  },
  'invalid-doc': { id: 'Isi dokumen tidak valid', en: 'Invalid document content' },
  'id-mismatch': {
    id: 'ID dokumen tidak sesuai dengan isinya',
    en: 'Document id does not match its content',
  },
  'not-writer': {
    id: 'Anda tidak berwenang menulis dokumen ini',
    en: 'You may not write this document',
  },
  'out-of-scope': {
    id: 'Di luar unit kerja yang Anda kelola sebagai Pengelola Kinerja',
    en: 'Outside the work unit you keep as Pengelola Kinerja',
  },
  'author-mismatch': { id: 'Penulis dokumen harus Anda sendiri', en: 'The author must be you' },
  'delete-forbidden': {
    id: 'Dokumen ini tidak dapat dihapus',
    en: 'This document cannot be deleted',
  },
  'future-date': {
    id: 'Tanggal tidak boleh di masa depan',
    en: 'The date cannot be in the future',
  },
  'closed-period': {
    id: 'Periode untuk tanggal ini sudah ditutup',
    en: 'The period of this date is closed',
  },
  'activity-approved': {
    id: 'Kegiatan yang sudah disetujui tidak dapat diubah',
    en: 'An approved activity cannot be changed',
  },
  'bad-round': {
    id: 'Urutan pengajuan kegiatan tidak sesuai',
    en: 'The submission round is out of order',
  },
  'activity-not-submitted': {
    id: 'Kegiatan ini belum diajukan atau sudah berubah',
    en: 'This activity is not submitted or has changed',
  },
  'verification-final': {
    id: 'Kegiatan ini sudah disetujui',
    en: 'This activity is already approved',
  },
  'too-many-photos': { id: 'Paling banyak 5 foto bukti dukung', en: 'At most 5 evidence photos' },
  'bad-attachment': {
    id: 'Bukti dukung harus berupa foto (JPEG, PNG, atau WebP)',
    en: 'Evidence must be a photo (JPEG, PNG or WebP)',
  },
  'bad-photo': {
    id: 'Dokumen foto harus berisi tepat satu gambar, dengan nama lampiran sama dengan nama fotonya',
    en: 'A photo document must hold exactly one image, its attachment named as the photo',
  },
  'photo-too-large': {
    id: 'Foto bukti dukung paling besar 300 kB',
    en: 'An evidence photo may be at most 300 kB',
  },
  'photo-immutable': {
    id: 'Foto bukti dukung yang sudah disimpan tidak dapat diubah; hapus lalu tambahkan foto baru',
    en: 'A saved evidence photo cannot be changed; remove it and add a new one',
  },
  'photo-mismatch': {
    id: 'Foto bukti dukung ini milik kegiatan lain',
    en: 'This evidence photo belongs to another activity',
  },
  'inline-photo': {
    id: 'Foto bukti dukung disimpan sebagai dokumen foto tersendiri, bukan lampiran kegiatan. Perbarui aplikasi, lalu simpan ulang kegiatan ini.',
    en: 'Evidence photos are stored as photo documents, not as attachments of the activity. Update the app, then save this entry again.',
  },
  'skp-approved': {
    id: 'SKP yang sudah disetujui tidak dapat diubah',
    en: 'An approved SKP cannot be changed',
  },
  'skp-not-submitted': {
    id: 'SKP ini belum diajukan atau sudah berubah',
    en: 'This SKP is not submitted or has changed',
  },
  'unknown-period': { id: 'Periode tidak dikenal', en: 'Unknown period' },
  'appraisal-final': {
    id: 'Penilaian yang sudah final tidak dapat diubah',
    en: 'A final appraisal cannot be changed',
  },
  'appraisal-incomplete': {
    id: 'Lengkapi nilai hasil kerja dan perilaku sebelum finalisasi',
    en: 'Rate work results and behaviour before finalising',
  },
  'predikat-mismatch': {
    id: 'Predikat tidak sesuai dengan matriks',
    en: 'The predikat does not follow the matrix',
  },
  'appraisal-not-final': { id: 'Penilaian belum final', en: 'The appraisal is not final yet' },
  'self-assessment-closed': {
    id: 'Penilaian sudah final; penilaian mandiri tidak dapat diubah',
    en: 'The appraisal is final; the self-assessment is closed',
  },
  'acknowledgement-final': {
    id: 'Tanggapan atas penilaian sudah dikirim',
    en: 'The response to this appraisal was already sent',
  },
  'objection-window-closed': {
    id: 'Batas 14 hari untuk mengajukan keberatan sudah lewat',
    en: 'The 14-day objection window has closed',
  },
  'no-objection': {
    id: 'Tidak ada keberatan untuk diputuskan',
    en: 'There is no objection to decide',
  },
  'decision-final': {
    id: 'Keputusan atas keberatan bersifat final',
    en: 'The objection decision is final',
  },
  'appraiser-mismatch': {
    id: 'Pejabat penilai tidak sesuai dengan penilaian',
    en: 'The appraiser does not match the appraisal',
  },
  'certificate-verified': {
    id: 'Laporan dan sertifikat yang sudah diverifikasi tidak dapat diubah',
    en: 'A verified report and certificate cannot be changed',
  },
  'record-fixed': {
    id: 'Kegiatan pengembangan yang dipilih tidak dapat diganti; ajukan kegiatan baru',
    en: 'The chosen development activity cannot be replaced; request a new one',
  },
  'record-decided': {
    id: 'Permohonan yang sudah diputuskan tidak dapat dihapus; batalkan saja',
    en: 'A decided request cannot be deleted; withdraw it instead',
  },
  'unknown-training': {
    id: 'Kegiatan pengembangan ini tidak ada atau tidak ditawarkan lagi',
    en: 'This development activity does not exist or is no longer offered',
  },
  'wrong-unit': {
    id: 'Unit kerja tidak sesuai dengan unit kerja pegawai',
    en: 'The work unit does not match the employee’s',
  },
  'no-request': {
    id: 'Tidak ada permohonan kegiatan dari katalog yang dapat diputuskan',
    en: 'There is no catalog request to decide',
  },
  'not-approved': {
    id: 'Kursi hanya dikonfirmasi untuk permohonan yang disetujui atasan',
    en: 'A seat is confirmed only for a request the head approved',
  },
  'seat-confirmed': {
    id: 'Kursi sudah dikonfirmasi Pengelola; keputusan tidak dapat diubah',
    en: 'The seat is confirmed; the decision cannot change',
  },
  'seat-not-confirmed': {
    id: 'Laporkan selesai setelah kursi dikonfirmasi Pengelola',
    en: 'Report completion once the Pengelola confirmed the seat',
  },
  'report-changed': {
    id: 'Laporan selesai berubah sejak dibuka; periksa laporan yang terbaru',
    en: 'The completion report changed since it was opened; check the latest one',
  },
  'no-completion': {
    id: 'Belum ada laporan selesai untuk diverifikasi',
    en: 'There is no completion report to verify',
  },
  'self-needs-completion': {
    id: 'Belajar mandiri dicatat setelah dilakukan: isi tanggal dan jamnya',
    en: 'Self-directed learning is logged once done: give its dates and hours',
  },
  'decision-reason': {
    id: 'Tuliskan alasan (paling sedikit 10 karakter)',
    en: 'Write a reason (at least 10 characters)',
  },
  'correction-decided': {
    id: 'Permohonan koreksi yang sudah disetujui tidak dapat diubah atau dihapus',
    en: 'An approved correction request cannot be changed or deleted',
  },
  'correction-too-old': {
    id: 'Koreksi kehadiran hanya dapat diajukan untuk hari sejak awal triwulan sebelumnya; hubungi Pengelola Kinerja untuk hari yang lebih lama. Paling awal',
    en: 'An attendance correction can only be asked for days since the start of the previous quarter; ask the Pengelola Kinerja about older days. Earliest',
  },
  'correction-unchanged-time': {
    id: 'Permohonan koreksi yang diubah harus diajukan ulang (waktu pengajuan baru)',
    en: 'A changed correction request must be sent again (a new request time)',
  },
  'no-correction': {
    id: 'Tidak ada permohonan koreksi kehadiran untuk hari ini',
    en: 'There is no attendance correction request for this day',
  },
  'correction-changed': {
    id: 'Permohonan koreksi berubah sejak dibuka; putuskan permohonan yang terbaru',
    en: 'The correction request changed since it was opened; decide the latest one',
  },
  'correction-applied': {
    id: 'Koreksi ini sudah diterapkan Pengelola; keputusan tidak dapat diubah',
    en: 'The Pengelola applied this correction; the decision cannot change',
  },
  'correction-not-approved': {
    id: 'Koreksi hanya diterapkan sesuai permohonan yang disetujui atasan',
    en: 'A correction is applied only as the head approved it',
  },
  'correction-kept': {
    id: 'Koreksi yang sudah diterapkan tidak dapat dihapus atau diubah',
    en: 'An applied correction cannot be removed or changed',
  },
  'attendance-day': {
    id: 'Hari kehadiran di luar bulannya atau berulang',
    en: 'An attendance day outside its month, or repeated',
  },
  'unit-exists': {
    id: 'Kode unit ini sudah dipakai unit lain; pilih kode lain',
    en: 'This unit code is already used by another unit; choose another code',
  },
  'unit-parent-unknown': {
    id: 'Unit induk tidak ditemukan',
    en: 'The parent unit does not exist',
  },
  'unit-parent-closed': {
    id: 'Unit induk sudah ditutup',
    en: 'The parent unit is closed',
  },
  'unit-cycle': {
    id: 'Unit tidak dapat ditempatkan di bawah dirinya sendiri atau unit bawahannya',
    en: 'A unit cannot be placed under itself or one of its sub-units',
  },
  'unit-head-inactive': {
    id: 'Kepala unit harus pegawai aktif',
    en: 'The head of a unit must be an active employee',
  },
  'unit-has-people': {
    id: 'Unit yang masih memiliki pegawai aktif tidak dapat ditutup; pindahkan mereka dulu. Pegawai aktif',
    en: 'A unit that still has active people cannot be closed; move them first. Active people',
  },
  'unit-has-open-units': {
    id: 'Unit yang masih membawahi unit yang belum ditutup tidak dapat ditutup; tutup atau pindahkan unit itu dulu. Unit bawahan yang masih buka',
    en: 'A unit with sub-units that are still open cannot be closed; close or move them first. Open sub-units',
  },
  'submit-by-passed': {
    id: 'Batas pengisian periode ini sudah lewat: kegiatan hanya dapat disimpan sebagai draf; ajukan setelah Pengelola membuka kembali.',
    en: 'The submission deadline of this period has passed: the entry can only be saved as a draft; submit it once the Pengelola reopens the period.',
  },
  'period-fixed': {
    id: 'Jenis, tahun, dan tanggal periode tidak dapat diubah setelah dibuat; hanya status dan batas pengisian',
    en: "A period's kind, year and dates cannot change once created; only its status and submission deadline",
  },
  'period-kind': {
    id: 'Periode triwulan memerlukan nomor triwulan; periode lain tidak',
    en: 'A quarterly period needs its quarter number; other periods do not',
  },
  'submit-by-range': {
    id: 'Batas pengisian harus di dalam periode atau paling lambat 60 hari setelah akhirnya',
    en: 'The submission deadline must fall within the period or at most 60 days after its end',
  },
  'employee-exists': {
    id: 'Pegawai dengan NIP ini sudah ada',
    en: 'A person with this NIP already exists',
  },
  'unknown-unit': { id: 'Unit kerja ini tidak ada', en: 'This work unit does not exist' },
  'unit-closed': {
    id: 'Unit kerja ini sudah ditutup dan tidak menerima pegawai',
    en: 'This work unit is closed and takes no people',
  },
  'superior-self': {
    id: 'Pegawai tidak dapat menjadi atasannya sendiri',
    en: 'A person cannot be their own superior',
  },
  'superior-unknown': {
    id: 'Atasan ini tidak ada dalam data pegawai',
    en: 'This superior is not in the directory',
  },
  'superior-inactive': {
    id: 'Atasan harus pegawai berstatus aktif',
    en: 'The superior must be an active person',
  },
  'supervisor-cycle': { id: 'Rantai atasan melingkar', en: 'The chain of superiors is a cycle' },
  'acting-range': {
    id: 'Tanggal mulai Plt/Plh harus sebelum atau sama dengan tanggal selesainya',
    en: 'An acting assignment must start on or before its end',
  },
  'acting-self': {
    id: 'Pegawai tidak dapat menjadi Plt/Plh bagi dirinya sendiri',
    en: 'A person cannot act for themselves',
  },
  'acting-inactive': {
    id: 'Plt/Plh harus pegawai berstatus aktif',
    en: 'The acting person must be an active person',
  },
  'history-rewritten': {
    id: 'Riwayat jabatan hanya dapat ditambah, tidak diubah atau dihapus',
    en: 'The assignment history can only grow; earlier entries cannot change',
  },
  'tmt-future': {
    id: 'TMT paling lambat hari ini',
    en: 'The effective date must be today or earlier',
  },
  'tmt-before-current': {
    id: 'TMT tidak boleh sebelum TMT jabatan sekarang',
    en: 'The effective date cannot be before that of the current assignment',
  },
  'future-time': {
    id: 'Jam selesai tidak boleh setelah waktu sekarang: catat kegiatan setelah dikerjakan',
    en: 'The end time cannot be later than now: log an activity once it is done',
  },
  overlap: {
    id: 'Waktunya bertumpuk dengan kegiatan lain pada hari yang sama; satu waktu untuk satu kegiatan',
    en: 'Its time overlaps another activity of the same day; one time, one activity',
  },
  'feedback-kind-fields': {
    id: 'Isi umpan balik tidak sesuai jenisnya: tindakan hanya untuk bimbingan dan dialog kinerja, periode dan bagian dialog hanya untuk dialog kinerja, berbagi hanya untuk apresiasi',
    en: 'The feedback does not fit its kind: actions only in a bimbingan or dialog kinerja, a period and dialog parts only in a dialog kinerja, sharing only for an apresiasi',
  },
  'feedback-about-other': {
    id: 'Kegiatan atau foto yang dirujuk bukan milik pegawai ini',
    en: 'The activity or photo referred to is not this employee’s',
  },
  'feedback-not-found': {
    id: 'Umpan balik yang dirujuk tidak ada',
    en: 'The feedback referred to does not exist',
  },
  'thread-rewrite': {
    id: 'Pesan yang sudah dikirim tidak dapat diubah atau dihapus; tambahkan pesan baru',
    en: 'A message already sent cannot be changed or removed; add a new one',
  },
  'share-not-proposed': {
    id: 'Hanya apresiasi yang diusulkan atasan untuk dibagikan, dengan teks yang sama, yang dapat dibagikan ke unit',
    en: 'Only an apresiasi the head proposed to share, in the same words, can be shared with the unit',
  },
  'share-unit-mismatch': {
    id: 'Praktik baik hanya dibagikan ke unit kerja pegawai sendiri',
    en: 'A praktik baik is shared with the employee’s own unit only',
  },
  'reason-missing': {
    id: 'Tuliskan alasan untuk setiap nilai selain Sesuai Ekspektasi dan untuk predikat',
    en: 'Write a reason for every rating other than Meets Expectations and for the predikat',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type WriteReasonCode = keyof typeof WRITE_REASONS;

export type WriteVerdict =
  { ok: true } | { ok: false; code: WriteReasonCode; reason: string; field?: string };

/** A refusal with its Indonesian sentence, optionally naming the field and adding detail. */
export function refuse(code: WriteReasonCode, field?: string, detail?: string): WriteVerdict {
  const reason = detail ? `${WRITE_REASONS[code].id}: ${detail}` : WRITE_REASONS[code].id;
  return field === undefined ? { ok: false, code, reason } : { ok: false, code, reason, field };
}

export const ALLOW: WriteVerdict = { ok: true };
