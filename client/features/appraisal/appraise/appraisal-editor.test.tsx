// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import {
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeAppraisal, makeFeedback, makeSkp, ratedItem } from '../../../core/testing/factories';
import { BERAKHLAK, type Rating } from '../../../core/vocabulary';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { HEAD, seedReference, STAFF } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { AppraisalEditor } from './appraisal-editor';

const YEAR = '2025';
const NOTE = 'Catatan dan umpan balik';
const REASON_NEEDED = 'Tuliskan alasan untuk nilai ini (paling sedikit 10 karakter).';
const PRAISE = 'Layanan surat keliling di RW 03 dipuji warga; teruskan dan ajak rekan.';
const opened: { db: LocalDb; rm: ReadModel }[] = [];

// The whole editor on a real local database: each edit renders every card and writes through
// PouchDB. On a busy machine that takes seconds, so the waits (which end as soon as what they
// wait for happens) and the tests get bounds well above it.
configure({ asyncUtilTimeout: 15_000 });
const BUSY_MACHINE = { timeout: 30_000 };

// jsdom lays nothing out: bringing a field into view is a no-op there.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(async () => {
  cleanup();
  for (const o of opened.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

/**
 * The lurah's tablet: STAFF's SKP of 2025, two feedbacks of the year, and the draft appraisal
 * with every item rated (RHK 1 and Kolaboratif above expectation, the rest Sesuai) and no note;
 * and `more` documents.
 */
async function headDevice(more: readonly { _id: string }[] = []) {
  const db = memoryDb();
  const rm = readModel();
  opened.push({ db, rm });
  await seedReference(db);
  const rated = (rating: Rating) => ratedItem(rating, { note: '' });
  await db.bulkDocs([
    makeSkp({ nip: STAFF, periodId: YEAR, status: 'submitted' }),
    makeAppraisal({
      nip: STAFF,
      periodId: YEAR,
      appraiserNip: HEAD,
      rhk: { 'rhk-1': rated('di-atas') },
      hasilKerja: rated('sesuai'),
      perilaku: Object.fromEntries(
        BERAKHLAK.map((v) => [v, rated(v === 'kolaboratif' ? 'di-atas' : 'sesuai')]),
      ),
      perilakuOverall: rated('sesuai'),
      predikat: 'baik',
    }),
    makeFeedback({
      nip: STAFF,
      authorNip: HEAD,
      kind: 'apresiasi',
      date: '2025-02-10',
      text: PRAISE,
      value: null,
      rhkId: 'rhk-1',
    }),
    makeFeedback({
      nip: STAFF,
      authorNip: HEAD,
      kind: 'bimbingan',
      date: '2025-03-03',
      text: 'Bimbingan: libatkan bidang lain lebih awal.',
      value: 'kolaboratif',
      actions: [
        {
          id: 'a1',
          text: 'Undang Kasi Pemerintahan ke rapat RW',
          due: '2025-03-20',
          status: 'open',
          carriedFrom: null,
        },
      ],
    }),
    ...more,
  ]);
  await new Projector(db, rm).catchUp();
  useSessionStore.setState({
    status: 'signed-in',
    user: {
      nip: HEAD,
      name: 'Lurah A',
      position: 'Lurah',
      unitId: 'kelurahan-a',
      roles: ['pegawai', 'pejabat-penilai'],
    },
  });
  render(
    <UserDataContext value={userDataFor(db, rm, HEAD)}>
      <AppraisalEditor nip={STAFF} periodId={YEAR} />
    </UserDataContext>,
  );
  await screen.findByLabelText(/^RHK 1:/, { selector: 'article' });
}

// Queries by label and text, not by role: role queries compute every element's accessible name,
// and the editor is a large tree.
const card = (name: string | RegExp) => screen.getByLabelText(name, { selector: 'article' });
const noteOf = (name: string | RegExp) =>
  within(card(name)).getByLabelText(NOTE) as HTMLTextAreaElement;
const predikatReason = () => screen.getByLabelText('Alasan predikat', { selector: 'textarea' });
const finalize = () => fireEvent.click(screen.getByText('Finalkan', { selector: 'button' }));
const type = (field: HTMLElement, text: string) => {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
};

/** Waits until every edit is written to the local database (nothing is left to write on closing). */
const savedHere = () => screen.findByText('Tersimpan di perangkat ini');

describe('the appraisal editor asks every rating for its reason', BUSY_MACHINE, () => {
  it('hints next to the note of each rating other than Sesuai that lacks a reason, none for Sesuai', async () => {
    await headDevice();
    expect(within(card(/^RHK 1:/)).getByText(REASON_NEEDED).className).toBe('field__hint');
    expect(within(card('Kolaboratif')).getByText(REASON_NEEDED).className).toBe('field__hint');
    expect(within(card('Harmonis')).queryByText(REASON_NEEDED)).toBeNull();
  });

  it('"Finalkan" marks each missing reason next to its field, focuses the first, lists them and keeps what was typed', async () => {
    await headDevice();
    const [rhk, kolaboratif, reason] = [card(/^RHK 1:/), card('Kolaboratif'), predikatReason()];
    type(within(kolaboratif).getByLabelText(NOTE), 'Bagus');

    finalize();

    expect(screen.queryByText('Finalkan penilaian?')).toBeNull();
    for (const c of [rhk, kolaboratif]) {
      expect(within(c).getByLabelText(NOTE).getAttribute('aria-invalid')).toBe('true');
      expect(within(c).getByText(REASON_NEEDED).className).toBe('field__error');
    }
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const list = screen.getByText(/belum dapat difinalkan: 3 alasan/).closest('nav');
    if (!list) throw new Error('no list of the missing reasons');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['RHK 1', 'Kolaboratif', 'Alasan predikat']);
    const rhkNote = within(rhk).getByLabelText(NOTE);
    await waitFor(() => expect(document.activeElement).toBe(rhkNote));
    expect(within(kolaboratif).getByLabelText(NOTE)).toHaveProperty('value', 'Bagus');
    await savedHere();
  });

  it('each entry of the list of missing reasons moves the focus to its field', async () => {
    await headDevice();
    finalize();
    const list = screen.getByText(/belum dapat difinalkan: 3 alasan/).closest('nav');
    if (!list) throw new Error('no list of the missing reasons');
    fireEvent.click(within(list).getByText('Alasan predikat'));
    const reason = predikatReason();
    await waitFor(() => expect(document.activeElement).toBe(reason));
  });

  it('shows the period\'s feedback on each RHK and value; "Kutip" cites it in the note; with every reason written, "Finalkan" asks for confirmation', async () => {
    await headDevice();
    const rhk = card(/^RHK 1:/);
    within(rhk).getByText('Apresiasi');
    within(rhk).getByText(PRAISE);
    const kolaboratif = card('Kolaboratif');
    within(kolaboratif).getByText('Bimbingan');
    within(kolaboratif).getByText('Undang Kasi Pemerintahan ke rapat RW');
    within(kolaboratif).getByText('Belum selesai');
    expect(within(card('Loyal')).queryByText('Bimbingan')).toBeNull();

    fireEvent.click(within(rhk).getByLabelText(/^Kutip umpan balik/, { selector: 'button' }));
    expect(noteOf(/^RHK 1:/).value).toMatch(/^Umpan balik 10 Feb 2025: Layanan surat keliling/);
    expect(within(rhk).queryByText(REASON_NEEDED)).toBeNull();

    type(noteOf('Kolaboratif'), 'Mengajak kelurahan lain ke rapat RW.');
    type(
      predikatReason(),
      'Baik: hasil kerja dan perilaku sesuai matriks, dengan layanan surat keliling.',
    );
    await savedHere();
    finalize();
    await screen.findByText('Finalkan penilaian?');
  });
});

describe('the three aspects in the editor', BUSY_MACHINE, () => {
  it('shows the head the draft’s ratings, the RHK against the head’s own SKP, and the apresiasi', async () => {
    await headDevice([
      makeSkp({
        nip: HEAD,
        periodId: YEAR,
        status: 'submitted',
        rhk: [{ ...makeSkp().rhk[0]!, id: 'lurah-1', text: 'Meningkatnya layanan kelurahan' }],
      }),
    ]);
    const aspects = screen.getByLabelText('Tiga aspek penilaian', { selector: 'section' });
    const quality = await within(aspects).findByLabelText('Kualitas pekerjaan', {
      selector: 'section',
    });
    // The employee sees these once final; the head sees the draft.
    expect(within(quality).getByText('Hasil Kerja').nextElementSibling?.textContent).toBe(
      'Sesuai Ekspektasi',
    );
    expect(within(quality).getByText('Nilai RHK').nextElementSibling?.textContent).toBe(
      '1 di atas, 0 sesuai, 0 di bawah ekspektasi',
    );
    fireEvent.click(within(quality).getByText('Cara dihitung'));
    within(quality).getByText(/^Nilai hasil kerja dan RHK dari draf penilaian/);

    const team = within(aspects).getByLabelText('Kontribusi terhadap tim', { selector: 'section' });
    within(team).getByText('0 dari 1 RHK mengintervensi RHK atasan');
    expect(within(team).getByText('Kolaboratif').nextElementSibling?.textContent).toBe(
      'Di Atas Ekspektasi',
    );
    expect(within(team).getByText('Apresiasi diterima').nextElementSibling?.textContent).toBe(
      '1 (0 tentang Kolaboratif atau Harmonis)',
    );
    // Judged against the head's own SKP on this tablet.
    fireEvent.click(within(team).getByText('Cara dihitung'));
    within(team).getByText(/terhubung ke salah satu RHK di SKP atasan langsung\.$/);

    const attendance = within(aspects).getByLabelText('Kehadiran', { selector: 'section' });
    within(attendance).getByText('Rekap presensi belum diimpor');
  });
});
