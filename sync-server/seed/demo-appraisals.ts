/**
 * Periodic appraisals of the demo: final ones of the previous quarter (with the employee's
 * acknowledgement where given) and drafts of the current quarter. Ratings are scripted per person
 * so the story is coherent (and the units' spread fits their organisation rating); the predikat
 * always follows core's matrix.
 */
import { buildYearPeriods } from '../../client/core/periods';
import { predikat } from '../../client/core/predikat';
import { ids } from '../../client/core/ids';
import {
  summariseRealisasi,
  type IkiSummary,
  type LoggedActivity,
} from '../../client/core/realisasi';
import type { PeriodDoc } from '../../client/core/schemas/reference';
import type {
  AcknowledgementDoc,
  AppraisalDoc,
  AppraisalParty,
  RatedItem,
} from '../../client/core/schemas/appraisal';
import type { ActivityDoc, SkpDoc } from '../../client/core/schemas/work';
import {
  BERAKHLAK,
  PREDIKAT_LABELS,
  RATING_LABELS,
  type BerakhlakValue,
  type Rating,
} from '../../client/core/vocabulary';
import { TRAININGS } from './demo-catalogs';
import { NIP } from './demo-people';

type Audience = 'sekolah' | 'kelurahan' | 'kantor';

export type FinalScript = {
  nip: string;
  /** Ratings of the RHK in SKP order (the last one repeats for longer SKPs). */
  rhk: Rating[];
  hasilKerja: Rating;
  hasilNote: string;
  perilaku: Record<BerakhlakValue, Rating>;
  perilakuOverall: Rating;
  perilakuNote: string;
  /** Person-specific notes that replace the standard sentence of a value or an RHK id. */
  notes?: Partial<Record<BerakhlakValue | string, string>>;
  acknowledgement?: string;
};

const all = (r: Rating): Record<BerakhlakValue, Rating> =>
  Object.fromEntries(BERAKHLAK.map((v) => [v, r])) as Record<BerakhlakValue, Rating>;

/**
 * SD Negeri Gayungan I (rated Baik): one Sangat Baik, two Baik, one Butuh Perbaikan.
 * Kelurahan Ketintang (rated Istimewa): one Sangat Baik, one Baik.
 */
export const FINAL_SCRIPTS: readonly FinalScript[] = [
  {
    nip: NIP.dewi,
    rhk: ['di-atas', 'di-atas', 'sesuai'],
    hasilKerja: 'di-atas',
    hasilNote:
      'Perencanaan dan pelaksanaan pembelajaran melampaui target triwulan; modul ajar berdiferensiasi Bu Dewi dipakai sebagai contoh di komunitas belajar.',
    perilaku: { ...all('di-atas'), loyal: 'sesuai', harmonis: 'sesuai' },
    perilakuOverall: 'di-atas',
    perilakuNote:
      'Menjadi teladan dalam melayani murid dan berbagi praktik baik dengan rekan guru.',
    notes: {
      kompeten:
        'Menyelesaikan pelatihan pembelajaran berdiferensiasi dan mengimbaskannya kepada guru kelas lain.',
      kolaboratif:
        'Menggerakkan pertemuan komunitas belajar kelas atas dan mengajak rekan saling mengobservasi kelas.',
      'berorientasi-pelayanan':
        'Menanggapi pesan orang tua murid pada hari yang sama dan rutin membagikan perkembangan belajar.',
    },
    acknowledgement:
      'Terima kasih atas penilaian dan masukannya, Bu. Saya akan terus mengembangkan asesmen formatif di kelas.',
  },
  {
    nip: NIP.agus,
    rhk: ['sesuai', 'sesuai', 'di-atas'],
    hasilKerja: 'sesuai',
    hasilNote:
      'Pembelajaran PJOK terlaksana sesuai target; pembinaan ekstrakurikuler futsal menonjol.',
    perilaku: { ...all('sesuai'), kolaboratif: 'di-atas' },
    perilakuOverall: 'sesuai',
    perilakuNote:
      'Perilaku kerja sesuai ekspektasi; kerja sama dalam kegiatan sekolah sangat baik.',
    notes: {
      kolaboratif:
        'Selalu siap membantu kegiatan sekolah, termasuk persiapan upacara dan lomba antarkelas.',
    },
    acknowledgement: 'Terima kasih, Bu. Saya akan melengkapi modul ajar PJOK untuk semua kelas.',
  },
  {
    nip: NIP.rina,
    rhk: ['sesuai', 'sesuai', 'sesuai', 'di-atas'],
    hasilKerja: 'sesuai',
    hasilNote:
      'Seluruh RHK tercapai sesuai target triwulan; gerakan literasi kelas berjalan rutin.',
    perilaku: { ...all('sesuai'), adaptif: 'di-atas', kompeten: 'di-atas', kolaboratif: 'di-atas' },
    perilakuOverall: 'di-atas',
    perilakuNote:
      'Cepat beradaptasi dengan Kurikulum Merdeka dan aktif belajar dari rekan guru senior.',
  },
  {
    nip: NIP.hendra,
    rhk: ['sesuai', 'di-bawah', 'sesuai'],
    hasilKerja: 'di-bawah',
    hasilNote:
      'Pemutakhiran Dapodik baik, tetapi laporan penggunaan dana BOS triwulan terlambat disampaikan sehingga RHK utama belum tercapai.',
    perilaku: { ...all('sesuai'), akuntabel: 'di-bawah' },
    perilakuOverall: 'sesuai',
    perilakuNote: 'Santun dan suka membantu; ketertiban administrasi keuangan perlu ditingkatkan.',
    notes: {
      'rhk-2':
        'Laporan penggunaan dana BOS triwulan disampaikan 9 hari setelah batas waktu; beberapa bukti belanja belum lengkap saat diperiksa.',
      akuntabel:
        'Beberapa bukti belanja BOS belum diarsipkan saat diperiksa; pencatatan perlu lebih tertib.',
    },
  },
  {
    nip: NIP.yoga,
    rhk: ['di-atas', 'sesuai'],
    hasilKerja: 'di-atas',
    hasilNote:
      'Jumlah layanan surat keterangan melampaui target; sebagian besar selesai di hari yang sama.',
    perilaku: { ...all('sesuai'), 'berorientasi-pelayanan': 'di-atas' },
    perilakuOverall: 'sesuai',
    perilakuNote: 'Ramah dan cekatan melayani warga; kedisiplinan jam masuk perlu dijaga.',
    notes: {
      akuntabel:
        'Beberapa kali datang terlambat di bulan terakhir triwulan; progres harian tetap dicatat tepat waktu.',
      'berorientasi-pelayanan':
        'Warga sering menyampaikan terima kasih atas pelayanan yang cepat dan jelas.',
    },
    acknowledgement: 'Terima kasih, Bu Lurah. Saya akan memperbaiki kedisiplinan jam masuk.',
  },
  {
    nip: NIP.nur,
    rhk: ['di-atas', 'di-atas', 'sesuai'],
    hasilKerja: 'di-atas',
    hasilNote: 'Persuratan tertib dan laporan bulanan selalu selesai sebelum tanggal 5.',
    perilaku: { ...all('di-atas'), loyal: 'sesuai' },
    perilakuOverall: 'di-atas',
    perilakuNote:
      'Teliti, cepat beradaptasi dengan agenda surat elektronik, dan ringan tangan membantu rekan.',
    acknowledgement: 'Terima kasih atas bimbingannya, Bu.',
  },
];

/** Current-quarter drafts: partly rated, no predikat yet. */
export const DRAFT_NIPS: readonly string[] = [NIP.rina, NIP.yoga];

const PIHAK: Record<Audience, string> = {
  sekolah: 'murid dan orang tua',
  kelurahan: 'warga',
  kantor: 'pegawai perangkat daerah',
};

const VALUE_NOTES: Record<BerakhlakValue, Record<Rating, string>> = {
  'berorientasi-pelayanan': {
    'di-atas':
      'Sangat tanggap terhadap kebutuhan {pihak} dan sering menawarkan solusi sebelum diminta.',
    sesuai: 'Melayani {pihak} dengan ramah dan sesuai standar.',
    'di-bawah': 'Beberapa kali terlambat menanggapi permintaan {pihak}; perlu lebih sigap.',
  },
  akuntabel: {
    'di-atas':
      'Progres harian selalu dicatat tepat waktu dengan bukti dukung lengkap; disiplin kehadiran sangat baik.',
    sesuai: 'Bertanggung jawab atas tugasnya; progres harian umumnya dicatat tepat waktu.',
    'di-bawah': 'Beberapa laporan terlambat dan bukti dukung belum lengkap.',
  },
  kompeten: {
    'di-atas': 'Aktif meningkatkan kompetensi dan membagikan praktik baiknya kepada rekan kerja.',
    sesuai: 'Menyelesaikan tugas dengan kualitas yang baik sesuai standar.',
    'di-bawah': 'Masih memerlukan pendampingan untuk sebagian tugas pokok.',
  },
  harmonis: {
    'di-atas': 'Membangun suasana kerja yang nyaman dan menjadi penengah yang baik.',
    sesuai: 'Menghargai rekan kerja dan suka menolong.',
    'di-bawah': 'Perlu lebih menghargai pendapat rekan kerja.',
  },
  loyal: {
    'di-atas': 'Menjaga nama baik unit kerja dan menjadi teladan dalam menaati ketentuan.',
    sesuai: 'Menaati peraturan dan menjaga kerahasiaan data yang dikelola.',
    'di-bawah': 'Perlu lebih menjaga kerahasiaan data dan nama baik unit kerja.',
  },
  adaptif: {
    'di-atas': 'Cepat menguasai aplikasi dan metode baru, lalu mengajarkannya kepada rekan.',
    sesuai: 'Mampu menyesuaikan diri dengan perubahan tugas dan aplikasi.',
    'di-bawah': 'Masih enggan memakai aplikasi baru; perlu pendampingan.',
  },
  kolaboratif: {
    'di-atas': 'Berinisiatif mengajak rekan bekerja sama dan berbagi sumber daya untuk tujuan tim.',
    sesuai: 'Terbuka bekerja sama dalam kegiatan tim.',
    'di-bawah': 'Cenderung bekerja sendiri; perlu lebih terlibat dalam kegiatan tim.',
  },
};

const RHK_VERDICT: Record<Rating, string> = {
  'di-atas': 'Capaian melampaui target dengan kualitas hasil yang baik.',
  sesuai: 'Capaian sesuai target triwulan.',
  'di-bawah': 'Capaian belum memenuhi target; perlu rencana tindak lanjut.',
};

/** For an RHK measured by deadlines only (laporan by the 5th): what is rated is how early. */
const DEADLINE_VERDICT: Record<Rating, string> = {
  'di-atas': 'Seluruhnya selesai sebelum batas waktu.',
  sesuai: 'Selesai tepat pada batas waktu.',
  'di-bawah': 'Sebagian terlambat dari batas waktu; perlu rencana tindak lanjut.',
};

/** The rating a script gives the RHK at `index` of the SKP (the last one repeats). */
export function rhkRating(s: FinalScript, index: number): Rating {
  return s.rhk[Math.min(index, s.rhk.length - 1)] ?? 'sesuai';
}

/** A quarter (or year) as core's buildYearPeriods lays it out. */
function periodOf(periodId: string): PeriodDoc {
  const period = buildYearPeriods(Number(periodId.slice(0, 4))).find(
    (p) => p.periodId === periodId,
  );
  if (!period) throw new Error(`no period ${periodId}`);
  return period;
}

/**
 * Each IKI's realisasi and period target as the app computes them (core's summariseRealisasi over
 * the period's logs), so the appraiser's note, the Rapor and the document cite the same figures.
 */
function summariesOf(input: AppraisalInput): Map<string, IkiSummary> {
  const all = summariseRealisasi(input.skp, input.logged, periodOf(input.periodId));
  return new Map(all.map((x) => [x.ikiId, x]));
}

/**
 * Each IKI's logged realisasi against the quarter's target; an IKI that no daily entry feeds (a
 * share such as the murid who reached the learning goals) is judged from other evidence.
 */
function rhkNote(rhk: SkpDoc['rhk'][number], rating: Rating, sums: Map<string, IkiSummary>) {
  const parts = rhk.iki.map((iki) => {
    const s = sums.get(iki.id);
    const target = s?.target ?? iki.target;
    if (!s || s.entries === 0)
      return `${iki.text}: tidak dicatat dalam progres harian; dinilai dari rekap dan dokumen pendukung (target ${target} ${iki.satuan}).`;
    const pct = target === 0 ? 100 : Math.round((s.realisasi / target) * 100);
    return `${iki.text}: realisasi ${s.realisasi} dari target ${target} ${iki.satuan} (${pct}%).`;
  });
  const verdicts = rhk.iki.every((i) => i.aspect === 'waktu') ? DEADLINE_VERDICT : RHK_VERDICT;
  return [...parts, verdicts[rating]].join(' ');
}

export type AppraisalInput = {
  nip: string;
  appraiserNip: string;
  periodId: string;
  audience: Audience;
  skp: SkpDoc;
  /** Approved activities of the person in the period, for evidence. */
  activities: readonly ActivityDoc[];
  /** Every entry of the person in the period with its status, whose sums the notes cite. */
  logged: readonly LoggedActivity[];
  parties: {
    pegawai: AppraisalParty;
    penilai: AppraisalParty;
    atasanPenilai: AppraisalParty | null;
  };
};

function evidenceFor(activities: readonly ActivityDoc[], rhkId: string | null): string[] {
  return activities
    .filter((a) => rhkId === null || a.rhkId === rhkId)
    .slice(-3)
    .map((a) => a._id);
}

/** A final appraisal of a quarter from a script, finalized at `finalizedAt`. */
export function finalAppraisal(
  s: FinalScript,
  input: AppraisalInput,
  finalizedAt: string,
): AppraisalDoc {
  const item = (rating: Rating, note: string, evidence: string[] = []): RatedItem => ({
    rating,
    note,
    evidence,
    updatedAt: finalizedAt,
  });
  const sums = summariesOf(input);
  const rhk: Record<string, RatedItem> = {};
  input.skp.rhk.forEach((r, i) => {
    const rating = rhkRating(s, i);
    const note = s.notes?.[r.id] ?? rhkNote(r, rating, sums);
    rhk[r.id] = item(rating, note, evidenceFor(input.activities, r.id));
  });
  const perilaku: Partial<Record<BerakhlakValue, RatedItem>> = {};
  for (const v of BERAKHLAK) {
    const rating = s.perilaku[v];
    perilaku[v] = item(
      rating,
      s.notes?.[v] ?? VALUE_NOTES[v][rating].replace('{pihak}', PIHAK[input.audience]),
    );
  }
  return {
    _id: ids.appraisal(input.nip, input.periodId),
    type: 'appraisal',
    schemaVersion: 1,
    nip: input.nip,
    periodId: input.periodId,
    appraiserNip: input.appraiserNip,
    status: 'final',
    rhk,
    hasilKerja: item(s.hasilKerja, s.hasilNote, evidenceFor(input.activities, null)),
    perilaku,
    perilakuOverall: item(s.perilakuOverall, s.perilakuNote),
    recommendations: recommend(s),
    predikat: predikat(s.hasilKerja, s.perilakuOverall),
    predikatNote: predikatReason(s),
    parties: input.parties,
    finalizedAt,
    updatedAt: finalizedAt,
  };
}

/** Why the predikat: the matrix's two ratings, in the appraiser's words. */
function predikatReason(s: FinalScript): string {
  const p = predikat(s.hasilKerja, s.perilakuOverall);
  return `${PREDIKAT_LABELS[p]}: hasil kerja ${RATING_LABELS[s.hasilKerja]} dan perilaku kerja ${RATING_LABELS[s.perilakuOverall]} menurut matriks PermenPANRB 6/2022. ${s.hasilNote}`;
}

/** Trainings for the weak areas (Di Bawah); without any, one for a value that can still grow. */
function recommend(s: FinalScript): string[] {
  const weak: string[] = BERAKHLAK.filter((v) => s.perilaku[v] === 'di-bawah');
  if (s.hasilKerja === 'di-bawah') weak.unshift('hasil-kerja');
  const areas =
    weak.length > 0 ? weak : BERAKHLAK.filter((v) => s.perilaku[v] === 'sesuai').slice(0, 1);
  const out: string[] = [];
  for (const area of areas) {
    const t = TRAININGS.find(
      (x) => (x.focus as readonly string[]).includes(area) && !out.includes(x.trainingId),
    );
    if (t && out.length < 2) out.push(t.trainingId);
  }
  return out;
}

/** A draft of the current quarter: the first RHK and three values rated so far, from real logs. */
export function draftAppraisal(input: AppraisalInput, updatedAt: string): AppraisalDoc {
  const summaries = summariesOf(input);
  const rhk: Record<string, RatedItem> = {};
  input.skp.rhk.forEach((r, i) => {
    const mine = input.activities.filter((a) => a.rhkId === r.id);
    const sums = r.iki.map((iki) => {
      const s = summaries.get(iki.id);
      const target = `target triwulan ${s?.target ?? iki.target}`;
      return !s || s.entries === 0
        ? `${iki.text}: belum ada di progres harian (${target}).`
        : `${iki.text}: ${s.realisasi} ${iki.satuan} tercatat sejauh ini (${target}).`;
    });
    rhk[r.id] =
      i === 0
        ? {
            rating: 'sesuai',
            note: `${sums.join(' ')} Sejauh ini sesuai rencana.`,
            evidence: evidenceFor(mine, null),
            updatedAt,
          }
        : { rating: null, note: '', evidence: [], updatedAt };
  });
  const perilaku: Partial<Record<BerakhlakValue, RatedItem>> = {};
  for (const v of ['berorientasi-pelayanan', 'akuntabel', 'kolaboratif'] as const) {
    perilaku[v] = {
      rating: 'sesuai',
      note: VALUE_NOTES[v].sesuai.replace('{pihak}', PIHAK[input.audience]),
      evidence: [],
      updatedAt,
    };
  }
  const empty: RatedItem = { rating: null, note: '', evidence: [], updatedAt };
  return {
    _id: ids.appraisal(input.nip, input.periodId),
    type: 'appraisal',
    schemaVersion: 1,
    nip: input.nip,
    periodId: input.periodId,
    appraiserNip: input.appraiserNip,
    status: 'draft',
    rhk,
    hasilKerja: empty,
    perilaku,
    perilakuOverall: empty,
    recommendations: [],
    predikat: null,
    predikatNote: '',
    parties: null,
    finalizedAt: null,
    updatedAt,
  };
}

/** The employee's acceptance of a final appraisal. */
export function acceptance(
  appraisal: AppraisalDoc,
  reasons: string,
  at: string,
): AcknowledgementDoc {
  return {
    _id: ids.acknowledgement(appraisal.nip, appraisal.periodId),
    type: 'acknowledgement',
    schemaVersion: 1,
    nip: appraisal.nip,
    periodId: appraisal.periodId,
    appraiserNip: appraisal.appraiserNip,
    kind: 'accept',
    reasons,
    at,
  };
}
