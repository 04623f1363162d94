// @vitest-environment jsdom
// Competency development on the lurah's tablet: a staff member's JP for the year (a bimbingan of
// the lurah counted as coaching), a request approved offline, a decline that needs a reason (the
// error next to the field, the text kept), a decision changed before the seat is confirmed, the
// rencana pengembangan, a certificate opened on demand, and the team's JP on the Tim screen.
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { EnrolmentDecisionDoc } from '../../core/schemas/development';
import type { PhotoRef } from '../../core/schemas/work';
import {
  makeCompletion,
  makeDevelopmentPlan,
  makeEnrolment,
  makeFeedback,
  makeSelfLearning,
  makeTraining,
  TINY_JPEG_BASE64,
} from '../../core/testing/factories';
import {
  catalogRecord,
  confirmedSeat,
  MANAJEMEN_WAKTU,
  manajemenWaktu,
  verifiedCheck,
} from '../../data/testing/development-records';
import { eventually } from '../../data/testing/eventually';
import {
  HEAD,
  put,
  show,
  STAFF,
  STAFF_NAME,
  stored,
  teamDeviceEachTest,
  TODAY,
  violations,
  YEAR,
} from './testing/team-device';
import { changeToApproved, declineTooShort, sendDecline } from './testing/decision-steps';
import { photoServerEachTest, setOnline } from './testing/photo-server';

const device = teamDeviceEachTest();
const UNIT = 'kelurahan-a';
const WAKTU = MANAJEMEN_WAKTU;
const PELAYANAN = 'pelayanan-prima';
const CERT_ID = ids.certificate(STAFF, PELAYANAN, '01jd0000000000000000000001');

/** What the server was asked for (a certificate is fetched only when opened). */
const asked = photoServerEachTest();

const certificate: PhotoRef = {
  id: CERT_ID,
  name: 'sertifikat.jpg',
  contentType: 'image/jpeg',
  length: 125,
  thumb: `data:image/jpeg;base64,${TINY_JPEG_BASE64}`,
};

/** The catalog, and the staff member's request for "Manajemen Waktu" waiting for the lurah. */
const catalog = [
  manajemenWaktu(),
  makeTraining({ trainingId: PELAYANAN, title: 'Pelayanan Prima', jp: 8 }),
];
const request = makeEnrolment({
  nip: STAFF,
  key: WAKTU,
  trainingId: WAKTU,
  unitId: UNIT,
  note: 'Tenggat laporan sering bertumpuk.',
});

/** Pelayanan Prima verified with its certificate; a bimbingan; belajar mandiri reported. */
async function seedYear() {
  await put(device, [
    ...catalog,
    ...catalogRecord({
      nip: STAFF,
      key: PELAYANAN,
      unitId: UNIT,
      appraiserNip: HEAD,
      enrolment: { completion: makeCompletion({ date: TODAY, certificate }) },
      seat: confirmedSeat({ at: '2026-01-05T02:00:00.000Z', by: 'admin' }),
      verification: verifiedCheck({ at: '2099-01-01T00:00:00.000Z', by: 'admin' }),
    }),
    makeFeedback({ nip: STAFF, authorNip: HEAD, kind: 'bimbingan', date: TODAY, value: null }),
    // Three hours in a day count 2 JP (the daily cap), once verified.
    makeSelfLearning({
      nip: STAFF,
      unitId: UNIT,
      self: { form: 'belajar-mandiri', title: 'Kursus daring Excel', provider: '' },
      completion: makeCompletion({ date: TODAY, sessions: [{ date: TODAY, hours: 3 }] }),
    }),
    makeDevelopmentPlan({
      nip: STAFF,
      year: YEAR,
      items: [
        {
          id: 'p1',
          focus: 'hasil-kerja',
          trainingId: WAKTU,
          form: 'pelatihan',
          text: 'Ikut pelatihan Manajemen Waktu untuk tenggat laporan',
          due: null,
          agreedIn: null,
          status: 'planned',
        },
      ],
    }),
  ]);
}

const section = () => screen.findByRole('region', { name: 'Pengembangan kompetensi' });
const decisionOf = () => stored<EnrolmentDecisionDoc>(device, ids.enrolmentDecision(STAFF, WAKTU));

describe('competency development on a staff member’s page', () => {
  it('approves a request offline: the request leaves the waiting list as "Disetujui"', async () => {
    await put(device, [...catalog, request]);
    setOnline(false);
    show(device, `/tim/${STAFF}`);
    const dev = await section();
    const waiting = await within(dev).findByRole('article', {
      name: 'Manajemen Waktu dan Prioritas Kerja',
    });
    expect(
      within(waiting).getByText('Alasan pegawai: Tenggat laporan sering bertumpuk.'),
    ).toBeTruthy();
    expect(within(waiting).getByText(/Dapat diikuti sepanjang tahun/)).toBeTruthy();
    expect(await violations()).toEqual([]);

    fireEvent.click(within(waiting).getByRole('button', { name: 'Setujui' }));
    await eventually(async () => expect((await decisionOf())?.decision).toBe('approved'));
    expect((await decisionOf())?.appraiserNip).toBe(HEAD);
    await within(dev).findByText('Tidak ada permohonan yang menunggu keputusan.');
    expect(within(dev).getByRole('status').textContent).toBe(
      'Keputusan tersimpan di perangkat dan sampai ke pegawai pada sinkron berikutnya.',
    );
    const record = within(dev).getByRole('article', {
      name: 'Manajemen Waktu dan Prioritas Kerja',
    });
    expect(within(record).getByText('Disetujui')).toBeTruthy();
    expect(within(record).queryByRole('button', { name: 'Setujui' })).toBeNull();
  });

  it('asks for a reason to decline next to the field, keeps the text, then declines', async () => {
    await put(device, [...catalog, request]);
    show(device, `/tim/${STAFF}`);
    const dev = await section();
    const waiting = await within(dev).findByRole('article', {
      name: 'Manajemen Waktu dan Prioritas Kerja',
    });
    const reason = await declineTooShort(waiting, 'Bentrok');
    expect(await decisionOf()).toBeNull();
    expect(await violations()).toEqual([]);

    sendDecline(waiting, reason, 'Bentrok dengan jadwal pelayanan KTP.');
    await eventually(async () =>
      expect(await decisionOf()).toMatchObject({
        decision: 'declined',
        reason: 'Bentrok dengan jadwal pelayanan KTP.',
      }),
    );
    const record = await within(dev).findByText('Ditolak');
    const article = record.closest('article') as HTMLElement;
    expect(
      within(article).getByText('Alasan ditolak: Bentrok dengan jadwal pelayanan KTP.'),
    ).toBeTruthy();

    // Changed before the Pengelola confirms the seat: approved after all.
    changeToApproved(article);
    await eventually(async () => expect((await decisionOf())?.decision).toBe('approved'));
    await within(article).findByText('Disetujui');
  });

  it('shows the JP of the year with the bimbingan, the records, the plan and a certificate', async () => {
    await seedYear();
    show(device, `/tim/${STAFF}`);
    const dev = await section();
    await within(dev).findByText('10 / 20 JP');
    expect(within(dev).getByText('Di bawah target')).toBeTruthy();
    expect(within(dev).getByText('2 JP menunggu verifikasi')).toBeTruthy();

    const counted = within(dev).getByRole('heading', { name: `Yang dihitung tahun ${YEAR}` })
      .nextElementSibling as HTMLElement;
    const rows = within(counted).getAllByRole('listitem');
    expect(
      rows.map((r) => [
        r.firstChild?.firstChild?.textContent,
        r.querySelector('strong')?.textContent,
      ]),
    ).toEqual([
      ['Bimbingan oleh atasan', '2 JP'],
      ['Pelayanan Prima', '8 JP'],
      ['Kursus daring Excel', '2 JP'],
    ]);
    expect(within(rows[2] as HTMLElement).getByText('Menunggu verifikasi')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText(/1 JP tidak dihitung/)).toBeTruthy();

    const verified = within(dev).getByRole('article', { name: 'Pelayanan Prima' });
    expect(within(verified).getByText('Diverifikasi')).toBeTruthy();
    expect(within(dev).getByRole('article', { name: 'Kursus daring Excel' })).toBeTruthy();
    expect(
      within(dev).getByText('Ikut pelatihan Manajemen Waktu untuk tenggat laporan'),
    ).toBeTruthy();
    // Read-only: the plan is the employee's.
    expect(within(dev).queryByRole('textbox')).toBeNull();

    // The thumbnail shows at once; the certificate is fetched only when opened.
    expect(within(verified).getByAltText('Pratinjau sertifikat: Pelayanan Prima')).toBeTruthy();
    expect(asked).toEqual([]);
    fireEvent.click(within(verified).getByRole('button', { name: 'Buka sertifikat' }));
    await within(verified).findByAltText('Sertifikat: Pelayanan Prima');
    expect(asked).toEqual([`/couch/kinerja/${CERT_ID}/sertifikat.jpg`]);
    expect(await violations()).toEqual([]);
  });

  it('says a certificate is not available offline when it cannot be read', async () => {
    await seedYear();
    setOnline(false);
    show(device, `/tim/${STAFF}`);
    const verified = await within(await section()).findByRole('article', {
      name: 'Pelayanan Prima',
    });
    fireEvent.click(within(verified).getByRole('button', { name: 'Buka sertifikat' }));
    await within(verified).findByText(/Sertifikat tidak tersedia offline/);
    expect(within(verified).getByAltText('Pratinjau sertifikat: Pelayanan Prima')).toBeTruthy();
  });
});

describe('competency development on the Tim screen', () => {
  it("shows each person's JP against the target and the requests waiting", async () => {
    await seedYear();
    await put(device, [request]);
    show(device, '/tim');
    await screen.findByText('1 permohonan pengembangan menunggu keputusan Anda');
    const card = screen.getByRole('region', { name: STAFF_NAME });
    await within(card).findByText('10 / 20 JP');
    expect(within(card).getByText('Di bawah target')).toBeTruthy();
    expect(
      within(card).getByRole('progressbar', {
        name: `JP ${YEAR}: 10 dari target 20 JP terverifikasi`,
      }),
    ).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: '1 permohonan menunggu keputusan' })
        .getAttribute('href'),
    ).toBe(`/tim/${STAFF}`);
    expect(await violations()).toEqual([]);
  });
});
