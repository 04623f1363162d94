// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { civilDate } from '../../../core/dates';
import { enrolmentStatus } from '../../../core/development-rules';
import type {
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
} from '../../../core/schemas/development';
import type { PhotoDoc } from '../../../core/schemas/work';
import {
  makeCertificate,
  makeCompletion,
  makeSelfLearning,
  NIP,
  photoRefOf,
} from '../../../core/testing/factories';
import { dinasDevelopmentDocs } from '../../../data/testing/development-records';
import {
  closeSections,
  renderSection,
  sectionViolations,
  setConsoleOffline,
} from '../periods/testing/console-device';
import type { ConsoleDevice } from '../periods/testing/console-device';
import { DevelopmentSection } from './development-section';

// The report counts this year's JP: the study day is today.
const TODAY = civilDate(Date.now());
const certificate = makeCertificate({ nip: NIP.staffA2, key: 'm-01hzy3k9q2v7w8x9y0z1a2b3c4' });
// Rudi's belajar mandiri report, studied today, comes with a certificate.
const DOCS = [
  ...dinasDevelopmentDocs(
    makeSelfLearning({
      nip: NIP.staffA2,
      completion: makeCompletion({
        date: TODAY,
        sessions: [{ date: TODAY, hours: 3 }],
        certificate: photoRefOf(certificate as unknown as PhotoDoc),
      }),
    }),
  ),
  certificate,
];

const device = (path = '/kelola/pengembangan') => renderSection(<DevelopmentSection />, DOCS, path);
afterEach(closeSections);

/** The employee's status of a record, from the documents on the device. */
async function statusOf(d: ConsoleDevice, nip: string, key: string) {
  const get = async <T,>(id: string) => (await d.db.get(id).catch(() => null)) as T | null;
  return enrolmentStatus(
    (await get<EnrolmentDoc>(`enrolment:${nip}:${key}`))!,
    await get<EnrolmentDecisionDoc>(`enrolment-decision:${nip}:${key}`),
    await get<EnrolmentAdminDoc>(`enrolment-admin:${nip}:${key}`),
  );
}

describe('Pengembangan kompetensi: Antrean', () => {
  it('confirms a seat, showing the seats taken against those offered', async () => {
    const d = await device();
    expect(await screen.findByText('Menunggu kursi (1)')).toBeTruthy();
    expect(screen.getByText(/Kursi terisi: 1 dari 2/)).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Konfirmasi kursi: Dewi Lestari, Kerja Sama Tim' }),
    );
    expect(await screen.findByText('Kursi Dewi Lestari dikonfirmasi.')).toBeTruthy();
    expect(await screen.findByText('Menunggu kursi (0)')).toBeTruthy();
    expect(await statusOf(d, NIP.staffA1, 'kerja-tim')).toBe('confirmed');
  });

  it('says the class is full only with a reason of 10 characters, kept when too short', async () => {
    const d = await device();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Kuota penuh: Dewi Lestari, Kerja Sama Tim' }),
    );
    const reason = screen.getByLabelText(/Alasan/) as HTMLTextAreaElement;
    fireEvent.change(reason, { target: { value: 'penuh' } });
    const send = screen.getByRole('button', {
      name: 'Kirim: Kuota penuh, Dewi Lestari, Kerja Sama Tim',
    });
    fireEvent.click(send);
    expect(await screen.findByText('Tulis alasan paling sedikit 10 karakter.')).toBeTruthy();
    expect(reason.value).toBe('penuh');
    fireEvent.change(reason, { target: { value: 'Kuota angkatan Juni sudah penuh' } });
    fireEvent.click(send);
    expect(await screen.findByText('Dewi Lestari: kuota penuh dikirim.')).toBeTruthy();
    expect(await statusOf(d, NIP.staffA1, 'kerja-tim')).toBe('full');
  });

  it('opens the certificate on demand and verifies the report', async () => {
    const d = await device();
    const card = within(
      (await screen.findByRole('heading', { name: /Rudi Hartono · Kursus daring Excel/ })).closest(
        'article',
      )!,
    );
    expect(card.getByText(/1 sesi, 3 jam/)).toBeTruthy();
    expect(card.queryByRole('img', { name: 'Sertifikat: Kursus daring Excel' })).toBeNull();
    fireEvent.click(card.getByRole('button', { name: 'Buka sertifikat' }));
    expect(await card.findByRole('img', { name: 'Sertifikat: Kursus daring Excel' })).toBeTruthy();
    fireEvent.click(
      card.getByRole('button', { name: 'Verifikasi: Rudi Hartono, Kursus daring Excel' }),
    );
    expect(await screen.findByText('Laporan Rudi Hartono diverifikasi.')).toBeTruthy();
    expect(
      await screen.findByText('Tidak ada laporan selesai yang menunggu verifikasi.'),
    ).toBeTruthy();
    expect(await statusOf(d, NIP.staffA2, 'm-01hzy3k9q2v7w8x9y0z1a2b3c4')).toBe('verified');
  });

  it('returns a report with its reason', async () => {
    const d = await device();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Kembalikan: Rudi Hartono, Kursus daring Excel' }),
    );
    fireEvent.change(screen.getByLabelText(/Alasan/), {
      target: { value: 'Lampirkan bukti jam belajar' },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Kirim: Kembalikan, Rudi Hartono, Kursus daring Excel' }),
    );
    expect(await screen.findByText('Laporan Rudi Hartono dikembalikan.')).toBeTruthy();
    expect(await statusOf(d, NIP.staffA2, 'm-01hzy3k9q2v7w8x9y0z1a2b3c4')).toBe('rejected');
  });

  it('keeps the queue readable offline with the answers disabled', async () => {
    await device();
    const confirm = await screen.findByRole('button', {
      name: 'Konfirmasi kursi: Dewi Lestari, Kerja Sama Tim',
    });
    setConsoleOffline(true);
    await expect.poll(() => (confirm as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Pengembangan kompetensi: Di bawah target', () => {
  it('lists per unit who is below the JP target, says coaching is not counted, and exports CSV', async () => {
    await device('/kelola/pengembangan/di-bawah-target');
    expect(await screen.findByText(/JP coaching yang dicatat atasan/)).toBeTruthy();
    const unit = within(
      (await screen.findByRole('heading', { name: 'Bidang Anggaran' })).closest('section')!,
    );
    expect(unit.getByText('3 dari 3 pegawai di bawah target')).toBeTruthy();
    const rudi = within(unit.getByRole('rowheader', { name: 'Rudi Hartono' }).closest('tr')!);
    expect(rudi.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      NIP.staffA2,
      'PNS',
      '0',
      '2',
      '20',
    ]);
    const link = screen.getByRole('link', { name: 'Unduh CSV' });
    expect(link.getAttribute('download')).toMatch(/^di-bawah-target-\d{4}\.csv$/);
    const csv = decodeURIComponent(link.getAttribute('href')!.split(',').slice(1).join(','));
    expect(csv).toContain('unit,nip,nama,jenis_asn,jp_terverifikasi,jp_menunggu,target');
    expect(csv).toContain(`Bidang Anggaran,${NIP.staffA2},Rudi Hartono,PNS,0,2,20`);
  });
});

describe('accessibility', () => {
  it('has no violations in the queue with a reason open, nor in the report', async () => {
    await device();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Kuota penuh: Dewi Lestari, Kerja Sama Tim' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Buka sertifikat' }));
    await screen.findByRole('img', { name: 'Sertifikat: Kursus daring Excel' });
    expect(await sectionViolations()).toEqual([]);
    await closeSections();
    await device('/kelola/pengembangan/di-bawah-target');
    await screen.findByRole('link', { name: 'Unduh CSV' });
    expect(await sectionViolations()).toEqual([]);
  });
});
