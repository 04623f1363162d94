// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeOrgRating, makePeriod } from '../../../core/testing/factories';
import { useSyncStore } from '../../../data/sync-store';
import { eventually } from '../../../data/testing/eventually';
import { HEAD, UNIT } from '../../../data/testing/kelurahan';
import {
  describedText,
  KECAMATAN,
  openConsoleDevice,
  renderAt,
  type ConsoleDevice,
} from '../units/testing/pengelola-device';
import { defaultPeriod, RatingsSection } from './ratings-section';

let device: ConsoleDevice;
beforeEach(async () => {
  device = await openConsoleDevice();
  // The device holds the year 2025 (seedReference); the first quarter, rated by the head as HR.
  await device.db.bulkDocs([
    makePeriod({
      periodId: '2025-q1',
      kind: 'quarterly',
      year: 2025,
      quarter: 1,
      label: 'Triwulan I 2025',
      start: '2025-01-01',
      end: '2025-03-31',
    }),
    makeOrgRating({
      unitId: KECAMATAN,
      periodId: '2025',
      rating: 'istimewa',
      note: 'Melampaui target',
      setBy: HEAD,
      setAt: '2025-02-03T09:30:00+07:00',
    }),
  ]);
  await eventually(async () => {
    if ((await device.rm.docs.where('type').equals('org-rating').count()) === 0)
      throw new Error('not projected yet');
  });
});
afterEach(async () => {
  await device.stop();
});

const control = (label: string) =>
  screen.getByLabelText(label, { exact: true }) as HTMLSelectElement | HTMLInputElement;

describe('organisation ratings', () => {
  it('lists the units open in the chosen period with their rating, who set it and when', async () => {
    renderAt(device, '/kelola/nilai-organisasi', <RatingsSection />);
    const period = (await screen.findByLabelText('Periode')) as HTMLSelectElement;
    fireEvent.change(period, { target: { value: '2025' } });
    await waitFor(() => expect(control('Nilai Kecamatan Gayungan').value).toBe('istimewa'));
    expect(control('Catatan Kecamatan Gayungan').value).toBe('Melampaui target');
    const row = screen.getByRole('rowheader', { name: 'Kecamatan Gayungan' }).closest('tr');
    expect(row?.textContent).toContain('Pegawai 001, 3 Feb 2025 09.30');
    // The unit closed at the end of 2024 is not rated in 2025.
    expect(screen.queryByRole('rowheader', { name: 'Kelurahan Lama' })).toBeNull();
    expect(control('Nilai Kelurahan Ketintang').value).toBe('');
  });

  it('saves a row as set by the admin, and asks for a rating first', async () => {
    renderAt(device, '/kelola/nilai-organisasi', <RatingsSection />);
    fireEvent.change(await screen.findByLabelText('Periode'), { target: { value: '2025-q1' } });
    const save = await screen.findByRole('button', { name: 'Simpan nilai Kelurahan Ketintang' });
    fireEvent.click(save);
    await waitFor(() =>
      expect(describedText(control('Nilai Kelurahan Ketintang'))).toContain('Pilih nilai.'),
    );
    fireEvent.change(control('Nilai Kelurahan Ketintang'), { target: { value: 'baik' } });
    fireEvent.change(control('Catatan Kelurahan Ketintang'), {
      target: { value: 'Sesuai target' },
    });
    fireEvent.click(save);
    expect(await screen.findByText('Tersimpan')).toBeTruthy();
    expect(await device.db.get(`org-rating:${UNIT}:2025-q1`)).toMatchObject({
      rating: 'baik',
      note: 'Sesuai target',
      setBy: 'admin',
    });
    await waitFor(() => {
      const row = screen.getByRole('rowheader', { name: 'Kelurahan Ketintang' }).closest('tr');
      expect(row?.textContent).toContain('Admin sistem, ');
    });
  });

  it('shows the ratings read-only when offline', async () => {
    useSyncStore.setState({ state: 'offline' });
    renderAt(device, '/kelola/nilai-organisasi', <RatingsSection />);
    fireEvent.change(await screen.findByLabelText('Periode'), { target: { value: '2025' } });
    await waitFor(() => expect(control('Nilai Kecamatan Gayungan').value).toBe('istimewa'));
    expect(control('Nilai Kecamatan Gayungan').disabled).toBe(true);
    expect(control('Catatan Kecamatan Gayungan').disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Simpan nilai Kecamatan Gayungan' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});

describe('defaultPeriod', () => {
  const p = (periodId: string, kind: 'annual' | 'quarterly', start: string, end: string) =>
    ({ periodId, kind, start, end }) as Parameters<typeof defaultPeriod>[0][number];
  const periods = [
    p('2025', 'annual', '2025-01-01', '2025-12-31'),
    p('2025-q1', 'quarterly', '2025-01-01', '2025-03-31'),
    p('2025-q2', 'quarterly', '2025-04-01', '2025-06-30'),
  ];

  it("starts with today's quarter, else a period holding today, else the latest", () => {
    expect(defaultPeriod(periods, '2025-05-02')?.periodId).toBe('2025-q2');
    expect(defaultPeriod(periods, '2025-11-02')?.periodId).toBe('2025');
    expect(defaultPeriod(periods, '2027-01-01')?.periodId).toBe('2025-q2');
    expect(defaultPeriod([], '2025-05-02')).toBeUndefined();
  });
});
