// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeActivity,
  makeAppraisal,
  makeAttendance,
  makeFeedback,
  makeFinalAppraisal,
  makeSkp,
  makeVerification,
  ratedItem,
} from '../../../core/testing/factories';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { HEAD, seedReference, STAFF, UNIT } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { EvaluationDocument } from '../document/evaluation-document';
import { SelfAssessmentScreen } from '../self-assessment/self-assessment-screen';
import { RaporScreen } from './rapor-screen';

const YEAR = '2025';
const opened: { db: LocalDb; rm: ReadModel }[] = [];
afterEach(async () => {
  cleanup();
  for (const o of opened.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

const about = { nip: STAFF, authorNip: HEAD };
const PRAISE = makeFeedback({
  ...about,
  kind: 'apresiasi',
  date: '2025-02-10',
  text: 'Layanan surat keliling dipuji warga.',
  value: null,
  rhkId: 'rhk-1',
});
const COACHING = makeFeedback({
  ...about,
  kind: 'bimbingan',
  date: '2025-03-03',
  text: 'Bimbingan tentang kerja lintas seksi.',
  value: 'kolaboratif',
  actions: [
    {
      id: 'a1',
      text: 'Undang seksi lain ke rapat RW',
      due: null,
      status: 'done',
      carriedFrom: null,
    },
    {
      id: 'a2',
      text: 'Susun jadwal layanan bersama',
      due: '2025-04-15',
      status: 'open',
      carriedFrom: null,
    },
  ],
});
const REASONS = {
  rhk: 'Surat pengantar melampaui target triwulan.',
  hasil: 'Semua RHK tercapai, satu melampaui.',
  kolaboratif: 'Belum melibatkan seksi lain dalam layanan.',
  perilaku: 'Nilai lain sesuai; kolaborasi perlu tumbuh.',
  predikat: 'Baik: hasil kerja di atas, perilaku sesuai ekspektasi menurut matriks.',
};
const FINAL = makeFinalAppraisal('di-atas', 'sesuai', {
  nip: STAFF,
  periodId: YEAR,
  appraiserNip: HEAD,
  rhk: { 'rhk-1': ratedItem('di-atas', { note: REASONS.rhk }) },
  hasilKerja: ratedItem('di-atas', { note: REASONS.hasil }),
  perilaku: { kolaboratif: ratedItem('di-bawah', { note: REASONS.kolaboratif }) },
  perilakuOverall: ratedItem('sesuai', { note: REASONS.perilaku }),
  predikatNote: REASONS.predikat,
});

/** A device of `nip` holding the kelurahan, STAFF's SKP of 2025, the feedback and `docs`. */
async function device(nip: string, docs: { _id: string }[]) {
  const db = memoryDb();
  const rm = readModel();
  opened.push({ db, rm });
  await seedReference(db);
  await db.bulkDocs([
    makeSkp({ nip: STAFF, periodId: YEAR, status: 'submitted' }),
    PRAISE,
    COACHING,
    ...docs,
  ]);
  await new Projector(db, rm).catchUp();
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip, name: 'Pegawai', position: 'Pelaksana', unitId: 'kelurahan-a', roles: [] },
  });
  return (children: React.ReactNode) =>
    render(<UserDataContext value={userDataFor(db, rm, nip)}>{children}</UserDataContext>);
}

describe('the Rapor explains every rating and shows the period’s feedback', () => {
  it('shows each reason next to its rating, the predikat’s reason, and the feedback kinds with their actions', async () => {
    const show = await device(STAFF, [FINAL]);
    show(<RaporScreen nip={STAFF} periodId={YEAR} />);
    await screen.findByRole('heading', { level: 1, name: /Rapor saya/ });
    const hasil = screen.getByRole('region', { name: 'Hasil Kerja' });
    const rhk = within(hasil)
      .getByText(/^Tersusunnya dokumen anggaran/)
      .closest('li');
    if (!rhk) throw new Error('no RHK line');
    within(rhk).getByText('Di Atas Ekspektasi');
    within(rhk).getByText(REASONS.rhk);
    const perilaku = screen.getByRole('region', { name: 'Perilaku Kerja' });
    const kolaboratif = within(perilaku).getByText('Kolaboratif').closest('li');
    if (!kolaboratif) throw new Error('no Kolaboratif line');
    within(kolaboratif).getByText(REASONS.kolaboratif);
    within(perilaku).getByText(REASONS.perilaku);
    const predikat = screen.getByRole('region', { name: 'Predikat kinerja' });
    within(predikat).getByText(REASONS.predikat);

    const feedback = screen.getByRole('region', { name: 'Umpan balik periode ini' });
    within(feedback).getByText('Apresiasi');
    within(feedback).getByText('Bimbingan');
    within(feedback).getByText('Tentang Kolaboratif');
    const actions = within(feedback).getByRole('list', { name: 'Tindak lanjut yang disepakati' });
    const [done, open] = within(actions).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    within(done).getByText('Undang seksi lain ke rapat RW');
    within(done).getByText('Selesai');
    within(open).getByText('Susun jadwal layanan bersama');
    within(open).getByText('Belum selesai');
    within(open).getByText('Tenggat 15 Apr 2025');
  });

  it('lets the employee read the period’s feedback before the appraisal is final, on the Rapor and the self-assessment', async () => {
    const show = await device(STAFF, [
      makeAppraisal({ nip: STAFF, periodId: YEAR, appraiserNip: HEAD }),
    ]);
    show(<RaporScreen nip={STAFF} periodId={YEAR} />);
    await screen.findByText('Rapor belum tersedia');
    screen.getByText('Layanan surat keliling dipuji warga.');
    screen.getByText('Bimbingan tentang kerja lintas seksi.');
    cleanup();
    // And beside the self-assessment she writes before it.
    show(<SelfAssessmentScreen nip={STAFF} periodId={YEAR} />);
    await screen.findByRole('heading', { name: 'Umpan balik periode ini' });
    screen.getByText('Layanan surat keliling dipuji warga.');
  });
});

describe('the Rapor’s three aspects', () => {
  it('shows kehadiran, kualitas pekerjaan and kontribusi terhadap tim with their figures, how each is computed, and the way to Kehadiran', async () => {
    const first = makeActivity({ nip: STAFF, date: '2025-02-03', status: 'submitted', round: 1 });
    const again = makeActivity({ nip: STAFF, date: '2025-02-05', status: 'submitted', round: 2 });
    const show = await device(STAFF, [
      FINAL,
      // February 2025: 20 working days, half an hour late on the 4th.
      makeAttendance({ nip: STAFF, month: '2025-02', unitId: UNIT }, [
        { date: '2025-02-04', in: '08:00' },
      ]),
      first,
      again,
      makeVerification(first, { appraiserNip: HEAD }),
      makeVerification(again, { appraiserNip: HEAD }),
    ]);
    show(<RaporScreen nip={STAFF} periodId={YEAR} />);
    const aspects = await screen.findByRole('region', { name: 'Tiga aspek penilaian' });
    // The aspects' sources are read once the Rapor is in place.
    const attendance = await within(aspects).findByRole('region', { name: 'Kehadiran' });
    within(attendance).getByText('Hadir 20 dari 20 hari kerja');
    expect(within(attendance).getByText('Terlambat (TL)').nextElementSibling?.textContent).toBe(
      '1 hari, 30 menit',
    );
    fireEvent.click(within(attendance).getByText('Cara dihitung'));
    within(attendance).getByText(/^Terlambat \(TL\) dan pulang cepat \(PSW\) dihitung/);
    expect(
      within(attendance).getByRole('link', { name: 'Buka Kehadiran' }).getAttribute('href'),
    ).toBe('/kehadiran');

    const quality = within(aspects).getByRole('region', { name: 'Kualitas pekerjaan' });
    within(quality).getByText('1 dari 2 kegiatan disetujui tanpa dikembalikan');
    expect(within(quality).getByText('Hasil Kerja').nextElementSibling?.textContent).toBe(
      'Di Atas Ekspektasi',
    );
    const team = within(aspects).getByRole('region', { name: 'Kontribusi terhadap tim' });
    within(team).getByText('0 dari 1 RHK mengintervensi RHK atasan');
    expect(within(team).getByText('Kolaboratif').nextElementSibling?.textContent).toBe(
      'Di Bawah Ekspektasi',
    );
  });
});

describe('the evaluation document', () => {
  it('fills "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung" per row from the period’s feedback and the reason, and prints the predikat’s reason', async () => {
    const show = await device(HEAD, [FINAL]);
    show(<EvaluationDocument nip={STAFF} periodId={YEAR} />);
    await screen.findByRole('heading', { name: 'Dokumen Evaluasi Kinerja Pegawai' });
    const [hasil, perilaku] = screen.getAllByRole('table').filter((table) =>
      within(table).queryByRole('columnheader', {
        name: 'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
      }),
    );
    if (!hasil || !perilaku) throw new Error('no hasil kerja or perilaku table');
    const rhkRow = within(hasil)
      .getByText(/^Tersusunnya dokumen anggaran/)
      .closest('tr');
    if (!rhkRow) throw new Error('no RHK row');
    expect(rhkRow.textContent).toContain('Apresiasi: Layanan surat keliling dipuji warga.');
    within(rhkRow).getByText(REASONS.rhk);
    const kolaboratifRow = within(perilaku).getByText('Kolaboratif').closest('tr');
    if (!kolaboratifRow) throw new Error('no Kolaboratif row');
    expect(kolaboratifRow.textContent).toContain(
      'Bimbingan: Bimbingan tentang kerja lintas seksi.',
    );
    within(kolaboratifRow).getByText(REASONS.kolaboratif);
    const loyalRow = within(perilaku).getByText('Loyal').closest('tr');
    expect(loyalRow?.textContent).not.toMatch(/Bimbingan|Apresiasi/);
    const predikatRow = screen.getByRole('rowheader', { name: 'Alasan predikat' }).closest('tr');
    expect(predikatRow?.textContent).toContain(REASONS.predikat);
  });
});
