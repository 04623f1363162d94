// @vitest-environment jsdom
// "Beri umpan balik" on the lurah's tablet: an apresiasi proposed as praktik baik, a bimbingan with
// agreed actions carrying an earlier open action over, the form opened from an entry in the
// verification queue (its activity and RHK chosen, its photo offered), a dialog kinerja, and the
// errors next to their fields with what was typed kept (also when core refuses the save).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import type { FeedbackDoc } from '../../core/schemas/work';
import {
  makeActivity,
  makeFeedback,
  makeFinalAppraisal,
  makePhoto,
  photoRefOf,
} from '../../core/testing/factories';
import { eventually } from '../../data/testing/eventually';
import {
  HEAD,
  PREVIOUS_HEAD,
  PREVIOUS_QUARTER,
  put,
  show,
  STAFF,
  stored,
  teamDeviceEachTest,
  TODAY,
  violations,
} from './testing/team-device';

const device = teamDeviceEachTest();

/** Every feedback about the staff member on the device. */
async function feedbackDocs(): Promise<FeedbackDoc[]> {
  const res = await device.db.allDocs({
    startkey: `feedback:${STAFF}:`,
    endkey: `feedback:${STAFF}:\ufff0`,
    include_docs: true,
  });
  return res.rows.map((r) => r.doc as unknown as FeedbackDoc);
}

/** A bimbingan two weeks ago by `authorNip`, its action "Rapikan arsip surat masuk" still open. */
function bimbinganBy(authorNip: string): FeedbackDoc {
  return makeFeedback({
    nip: STAFF,
    authorNip,
    kind: 'bimbingan',
    date: addDays(TODAY, -14),
    value: null,
    actions: [
      {
        id: 'arsip',
        text: 'Rapikan arsip surat masuk',
        due: addDays(TODAY, -1),
        status: 'open',
        carriedFrom: null,
      },
    ],
  });
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The error shown under a field (Field: `{id}-error`, read with the field). */
function errorOf(label: string | RegExp): string | null {
  const field = screen.getByLabelText(label);
  return document.getElementById(`${field.id}-error`)?.textContent ?? null;
}

describe('Beri umpan balik', () => {
  it('writes an apresiasi proposed as praktik baik, the shared text prefilled and editable', async () => {
    show(device, `/tim/${STAFF}/umpan-balik`);
    await screen.findByRole('heading', { name: /Beri umpan balik kepada/ });
    type('Isi umpan balik', 'Pelayanan KTP hari ini cepat dan ramah.');
    fireEvent.change(screen.getByLabelText('Nilai BerAKHLAK'), {
      target: { value: 'berorientasi-pelayanan' },
    });
    expect(screen.getByText('39 dari 4.000 karakter')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Usulkan dibagikan sebagai praktik baik/));
    // Nobody sees it before the employee consents, and the form says so.
    expect(
      screen.getByText(/hanya melihat teks di bawah setelah pegawai menyetujuinya/),
    ).toBeTruthy();
    const share = screen.getByLabelText('Teks yang dibagikan ke unit') as HTMLTextAreaElement;
    expect(share.value).toBe('Pelayanan KTP hari ini cepat dan ramah.');
    fireEvent.change(share, { target: { value: 'Antrean KTP tertib dengan nomor urut.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    await screen.findByText('Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.');
    expect(window.location.pathname).toBe(`/tim/${STAFF}`);
    const [doc] = await feedbackDocs();
    expect(doc).toMatchObject({
      kind: 'apresiasi',
      authorNip: HEAD,
      text: 'Pelayanan KTP hari ini cepat dan ramah.',
      value: 'berorientasi-pelayanan',
      share: { text: 'Antrean KTP tertib dengan nomor urut.' },
      actions: [],
    });
    expect(
      await screen.findByText(/Diusulkan sebagai praktik baik; menunggu persetujuan/),
    ).toBeTruthy();
  });

  it('writes a bimbingan with agreed actions, carrying an earlier open action over', async () => {
    const earlier = bimbinganBy(HEAD);
    await put(device, [earlier]);
    show(device, `/tim/${STAFF}/umpan-balik`);
    fireEvent.click(await screen.findByLabelText(/^Bimbingan/));
    type('Isi umpan balik', 'Bimbingan kedua: arsip dan jadwal piket.');
    fireEvent.click(screen.getByLabelText(/Lanjutkan ke sesi ini: Rapikan arsip surat masuk/));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah tindakan' }));
    type('Tindakan 1', 'Susun jadwal piket layanan');
    type('Tenggat tindakan 1', addDays(TODAY, 7));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    await screen.findByText('Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.');
    const docs = await feedbackDocs();
    const session = docs.find((d) => d._id !== earlier._id);
    expect(session?.actions).toMatchObject([
      { id: 'arsip', text: 'Rapikan arsip surat masuk', status: 'open', carriedFrom: earlier._id },
      { text: 'Susun jadwal piket layanan', due: addDays(TODAY, 7), status: 'open' },
    ]);
    // Open in exactly one place: the earlier session marks it carried.
    expect((await stored<FeedbackDoc>(device, earlier._id))?.actions[0]?.status).toBe('carried');
    // Dated the day it is written.
    expect(session?.date).toBe(TODAY);
  });

  it('carries over an open action the previous lurah agreed, marking it carried there', async () => {
    const earlier = bimbinganBy(PREVIOUS_HEAD);
    await put(device, [earlier]);
    show(device, `/tim/${STAFF}/umpan-balik`);
    fireEvent.click(await screen.findByLabelText(/^Bimbingan/));
    type('Isi umpan balik', 'Sesi pertama dengan lurah baru: lanjutkan arsip.');
    fireEvent.click(screen.getByLabelText(/Lanjutkan ke sesi ini: Rapikan arsip surat masuk/));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    await screen.findByText('Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.');
    const session = (await feedbackDocs()).find((d) => d._id !== earlier._id);
    expect(session?.authorNip).toBe(HEAD);
    expect(session?.actions).toMatchObject([
      { id: 'arsip', status: 'open', carriedFrom: earlier._id },
    ]);
    const source = await stored<FeedbackDoc>(device, earlier._id);
    expect(source?.authorNip).toBe(PREVIOUS_HEAD);
    expect(source?.actions[0]?.status).toBe('carried');
  });

  it('shows what to fix next to each field, keeps the typing, and writes nothing', async () => {
    show(device, `/tim/${STAFF}/umpan-balik`);
    fireEvent.click(await screen.findByLabelText(/^Bimbingan/));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah tindakan' }));
    type('Tenggat tindakan 1', addDays(TODAY, 3));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    await screen.findByText('Periksa isian yang ditandai.');
    expect(errorOf('Isi umpan balik')).toBe('Tulis isi umpan balik.');
    expect(errorOf('Tindakan 1')).toBe('Tulis tindakan yang disepakati, atau hapus barisnya.');
    expect(screen.getByLabelText('Isi umpan balik').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Isi umpan balik'));
    expect((screen.getByLabelText('Tenggat tindakan 1') as HTMLInputElement).value).toBe(
      addDays(TODAY, 3),
    );
    expect(await violations()).toEqual([]);

    type('Isi umpan balik', 'Kita bahas arsip.');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await eventually(() => expect(errorOf('Isi umpan balik')).toBeNull());
    expect(errorOf('Tindakan 1')).not.toBeNull();
    expect(await feedbackDocs()).toEqual([]);
  });

  it('opens from an entry in the verification queue with its activity and RHK, offering its photos', async () => {
    const entry = makeActivity({
      nip: STAFF,
      date: addDays(TODAY, -1),
      kegiatan: 'Melayani perekaman KTP-el',
      rhkId: 'rhk-layanan',
      status: 'submitted',
      round: 1,
    });
    const photo = makePhoto(entry);
    const withPhoto: typeof entry = { ...entry, photos: [photoRefOf(photo)] };
    await put(device, [withPhoto, photo]);
    show(device, `/tim/verifikasi?dok=${encodeURIComponent(entry._id)}`);
    fireEvent.click(
      await screen.findByRole('link', { name: 'Beri umpan balik tentang kegiatan ini' }),
    );
    await screen.findByRole('heading', { name: /Beri umpan balik kepada/ });
    const activities = await screen.findByRole('group', { name: 'Kegiatan (30 hari terakhir)' });
    const activity = within(activities).getByRole('checkbox', {
      name: /Melayani perekaman KTP-el/,
    });
    expect((activity as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('RHK') as HTMLSelectElement).value).toBe('rhk-layanan');
    const photos = screen.getByRole('group', { name: 'Foto bukti dukung kegiatan yang dipilih' });
    fireEvent.click(within(photos).getByRole('checkbox', { name: /Foto 1 dari 1/ }));
    fireEvent.click(screen.getByLabelText(/^Perlu perbaikan/));
    type('Isi umpan balik', 'Foto bukti kurang jelas; ambil dari depan loket.');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    await screen.findByText('Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.');
    expect((await feedbackDocs())[0]).toMatchObject({
      kind: 'perlu-perbaikan',
      rhkId: 'rhk-layanan',
      activityIds: [entry._id],
      photoIds: [photo._id],
    });
  });

  it('records a dialog kinerja after a final appraisal, and keeps it when core refuses', async () => {
    await put(device, [
      makeFinalAppraisal('sesuai', 'sesuai', {
        nip: STAFF,
        appraiserNip: HEAD,
        periodId: PREVIOUS_QUARTER.periodId,
      }),
    ]);
    show(device, `/tim/${STAFF}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Catat dialog kinerja' }));
    await screen.findByRole('heading', { name: /Dialog kinerja/ });
    type('Agenda', 'Hasil triwulan dan rencana berikutnya');
    type('Yang sudah berjalan baik', 'Layanan KTP tepat waktu');
    type('Yang perlu ditingkatkan', 'Kerapian arsip');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah tindakan' }));
    type('Tindakan 1', 'Ikuti bimtek kearsipan');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.');
    expect((await feedbackDocs())[0]).toMatchObject({
      kind: 'dialog',
      periodId: PREVIOUS_QUARTER.periodId,
      text: 'Hasil triwulan dan rencana berikutnya',
      dialog: { wentWell: 'Layanan KTP tepat waktu', toImprove: 'Kerapian arsip' },
      actions: [{ text: 'Ikuti bimtek kearsipan', status: 'open' }],
    });
    await eventually(() =>
      expect(screen.queryByRole('link', { name: 'Catat dialog kinerja' })).toBeNull(),
    );

    // A period this device does not know: core refuses, the text stays, and so does its draft.
    cleanup();
    show(device, `/tim/${STAFF}/dialog/2019`);
    await screen.findByRole('heading', { name: /Dialog kinerja/ });
    type('Agenda', 'Dialog periode lama');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Belum tersimpan: Periode tidak dikenal');
    expect((screen.getByLabelText('Agenda') as HTMLTextAreaElement).value).toBe(
      'Dialog periode lama',
    );
    await eventually(async () =>
      expect(await device.rm.drafts.get(`feedback-form:${STAFF}:2019`)).toMatchObject({
        value: { text: 'Dialog periode lama' },
      }),
    );
    expect(await feedbackDocs()).toHaveLength(1);
  });

  it('changes the head’s own feedback and withdraws it', async () => {
    const praise = makeFeedback({
      nip: STAFF,
      authorNip: HEAD,
      date: addDays(TODAY, -1),
      text: 'Arsip rapi.',
      value: null,
    });
    await put(device, [praise]);
    show(device, `/tim/${STAFF}`);
    fireEvent.click(await screen.findByRole('link', { name: /^Ubah umpan balik/ }));
    await screen.findByRole('heading', { name: /Ubah umpan balik kepada/ });
    expect((screen.getByLabelText('Isi umpan balik') as HTMLTextAreaElement).value).toBe(
      'Arsip rapi.',
    );
    type('Isi umpan balik', 'Arsip surat masuk rapi dan mudah dicari.');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.');
    expect(await stored<FeedbackDoc>(device, praise._id)).toMatchObject({
      text: 'Arsip surat masuk rapi dan mudah dicari.',
      createdAt: praise.createdAt,
    });

    fireEvent.click(await screen.findByRole('link', { name: /^Ubah umpan balik/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tarik umpan balik' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, tarik' }));
    await screen.findByText('Umpan balik ditarik.');
    expect(await stored(device, praise._id)).toBeNull();
    await screen.findByText('Belum ada umpan balik untuk pegawai ini.');
  });
});
