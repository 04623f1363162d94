/**
 * Words of "Dasar hukum" on "Tentang penilaian": each regulation's full title, what the page
 * takes from it, and what each cited article says (the regulations themselves: legal-basis.ts).
 */
import { defineMessages } from '../../ui/i18n';

export const legalBasisMessages = defineMessages({
  id: {
    title: 'Dasar hukum',
    intro: 'Setiap aturan di halaman ini menautkan ke peraturan yang diikutinya.',
    citedArticles: 'Pasal yang dikutip',
    'title.permenpanrb-6-2022':
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara',
    'title.se-menpanrb-3-2023':
      'Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023 tentang Tata Cara Penetapan Predikat Kinerja Pegawai Aparatur Sipil Negara',
    'title.pp-30-2019':
      'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil',
    'about.permenpanrb-6-2022':
      'SKP, hasil kerja dan perilaku kerja BerAKHLAK, matriks predikat, umpan balik berkelanjutan, dan formulir evaluasi yang memuat realisasi dan umpan balik berdasarkan bukti dukung.',
    'about.se-menpanrb-3-2023':
      'Capaian kinerja organisasi (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) dan pola distribusi predikat pegawai untuk setiap capaian.',
    'about.pp-30-2019':
      'Penilaian kinerja PNS; PermenPANRB 6/2022 ditetapkan untuk melaksanakan Pasal 61 ayat (1) peraturan ini.',
    'art.permenpanrb-6-2022.2':
      'Tujuan pengelolaan kinerja: sasaran organisasi tercapai lewat peningkatan kualitas dan kapasitas pegawai, penguatan peran pimpinan, dan kolaborasi.',
    'art.permenpanrb-6-2022.3':
      'Orientasinya: pengembangan kinerja pegawai, ekspektasi pimpinan, dialog kinerja yang intens antara pimpinan dan pegawai, kinerja organisasi, serta hasil kerja dan perilaku kerja.',
    'art.permenpanrb-6-2022.5':
      'Tahapannya: perencanaan; pelaksanaan, pemantauan, dan pembinaan (pendokumentasian kinerja, umpan balik berkelanjutan, pengembangan); penilaian; tindak lanjut (penghargaan dan sanksi).',
    'art.permenpanrb-6-2022.24-25':
      'Evaluasi kinerja pegawai: capaian kinerja organisasi, pola distribusi menurut capaian itu, lalu predikat kinerja pegawai.',
    'art.pp-30-2019.59':
      'Keberatan atas hasil penilaian kinerja: tertulis, dengan alasan, kepada Atasan Pejabat Penilai Kinerja, dalam {days} hari; keputusannya final.',
  },
  en: {
    title: 'Legal basis',
    intro: 'Every rule on this page links to the regulation it follows.',
    citedArticles: 'Articles cited',
    'title.permenpanrb-6-2022':
      'Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform No. 6 of 2022 on the Performance Management of Civil Servants (ASN)',
    'title.se-menpanrb-3-2023':
      'Circular of the Minister of State Apparatus Empowerment and Bureaucratic Reform No. 3 of 2023 on the Procedure for Setting the Performance Ratings of Civil Servants (ASN)',
    'title.pp-30-2019': 'Government Regulation No. 30 of 2019 on the Performance Appraisal of PNS',
    'about.permenpanrb-6-2022':
      'The SKP, work results and BerAKHLAK work behaviour, the predikat matrix, continuous feedback, and the evaluation forms that record achievements and feedback based on evidence.',
    'about.se-menpanrb-3-2023':
      'The organisation rating (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) and the spread of staff predikat for each rating.',
    'about.pp-30-2019':
      'The appraisal of PNS; PermenPANRB 6/2022 was issued to carry out its Article 61(1).',
    'art.permenpanrb-6-2022.2':
      'The aim of performance management: the organisation reaches its goals by raising staff quality and capacity, strengthening leaders’ role, and collaboration.',
    'art.permenpanrb-6-2022.3':
      'Its orientation: developing staff performance, leaders’ expectations, a close performance dialogue between leaders and staff, organisational performance, and work results and behaviour.',
    'art.permenpanrb-6-2022.5':
      'Its stages: planning; carrying out, monitoring and coaching (documenting performance, continuous feedback, development); appraisal; follow-up (rewards and sanctions).',
    'art.permenpanrb-6-2022.24-25':
      'Evaluating staff performance: the organisation’s achievement, the spread that achievement allows, then each employee’s predikat.',
    'art.pp-30-2019.59':
      'Objection to an appraisal: in writing, with reasons, to the appraiser’s superior, within {days} days; the decision is final.',
  },
});
