// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFeedback, makeSkp } from '../../../core/testing/factories';
import { BERAKHLAK_LABELS, type BerakhlakValue } from '../../../core/vocabulary';
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

/** The lurah's tablet: STAFF's approved-looking SKP of 2025 and two feedbacks of the year. */
async function headDevice() {
  const db = memoryDb();
  const rm = readModel();
  opened.push({ db, rm });
  await seedReference(db);
  await db.bulkDocs([
    makeSkp({ nip: STAFF, periodId: YEAR, status: 'submitted' }),
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
  await screen.findByRole('article', { name: /^RHK 1:/ });
}

const card = (name: string | RegExp) => screen.getByRole('article', { name });
const rate = (name: string | RegExp, rating: string) =>
  fireEvent.click(within(card(name)).getByRole('radio', { name: rating }));
const noteOf = (name: string | RegExp) =>
  within(card(name)).getByRole('textbox', { name: NOTE }) as HTMLTextAreaElement;
const type = (field: HTMLElement, text: string) => {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
};

/** Waits until every edit is written to the local database (nothing is left to write on closing). */
const savedHere = () => screen.findByText('Tersimpan di perangkat ini');

/** Rates everything: RHK 1 and Kolaboratif above expectation, the rest Sesuai. */
function rateAll() {
  rate(/^RHK 1:/, 'Di Atas Ekspektasi');
  rate('Hasil kerja keseluruhan', 'Sesuai Ekspektasi');
  for (const [value, label] of Object.entries(BERAKHLAK_LABELS) as [BerakhlakValue, string][])
    rate(label, value === 'kolaboratif' ? 'Di Atas Ekspektasi' : 'Sesuai Ekspektasi');
  rate('Perilaku kerja keseluruhan', 'Sesuai Ekspektasi');
}

describe('the appraisal editor asks every rating for its reason', () => {
  it('hints while editing; "Finalkan" marks each missing reason, focuses the first, lists them and keeps what was typed', async () => {
    await headDevice();
    rateAll();
    // While editing: a hint next to the note of a rating other than Sesuai, none for Sesuai.
    expect(within(card(/^RHK 1:/)).getByText(REASON_NEEDED)).toBeTruthy();
    expect(within(card('Harmonis')).queryByText(REASON_NEEDED)).toBeNull();
    type(noteOf('Kolaboratif'), 'Bagus');

    fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));

    expect(screen.queryByRole('heading', { name: 'Finalkan penilaian?' })).toBeNull();
    for (const name of [/^RHK 1:/, 'Kolaboratif']) {
      const note = noteOf(name);
      expect(note.getAttribute('aria-invalid')).toBe('true');
      expect(within(card(name)).getByText(REASON_NEEDED).className).toBe('field__error');
    }
    const predikatReason = screen.getByRole('textbox', { name: 'Alasan predikat' });
    expect(predikatReason.getAttribute('aria-invalid')).toBe('true');
    const list = screen.getByRole('navigation', { name: /belum dapat difinalkan: 3 alasan/ });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['RHK 1', 'Kolaboratif', 'Alasan predikat']);
    await waitFor(() => expect(document.activeElement).toBe(noteOf(/^RHK 1:/)));
    expect(noteOf('Kolaboratif').value).toBe('Bagus');

    fireEvent.click(within(list).getByRole('link', { name: 'Alasan predikat' }));
    await waitFor(() => expect(document.activeElement).toBe(predikatReason));
    await savedHere();
  });

  it('shows the period\'s feedback on each RHK and value; "Kutip" cites it in the note; with every reason written, "Finalkan" asks for confirmation', async () => {
    await headDevice();
    rateAll();
    const rhk = card(/^RHK 1:/);
    within(rhk).getByText('Apresiasi');
    within(rhk).getByText(PRAISE);
    const kolaboratif = card('Kolaboratif');
    within(kolaboratif).getByText('Bimbingan');
    within(kolaboratif).getByText('Undang Kasi Pemerintahan ke rapat RW');
    within(kolaboratif).getByText('Belum selesai');
    expect(within(card('Loyal')).queryByText('Bimbingan')).toBeNull();

    fireEvent.click(within(rhk).getByRole('button', { name: /^Kutip umpan balik/ }));
    expect(noteOf(/^RHK 1:/).value).toMatch(/^Umpan balik 10 Feb 2025: Layanan surat keliling/);
    expect(within(rhk).queryByText(REASON_NEEDED)).toBeNull();

    type(noteOf('Kolaboratif'), 'Mengajak kelurahan lain ke rapat RW.');
    type(
      screen.getByRole('textbox', { name: 'Alasan predikat' }),
      'Baik: hasil kerja dan perilaku sesuai matriks, dengan layanan surat keliling.',
    );
    await savedHere();
    fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
    await screen.findByRole('heading', { name: 'Finalkan penilaian?' });
  });
});
