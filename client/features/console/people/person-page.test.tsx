// @vitest-environment jsdom
/**
 * A person's page and the mutasi form over a Pengelola's device: refusals next to their field
 * with the values kept, a completed mutasi, read-only offline, and no axe violations.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civilDate } from '../../../core/dates';
import { INITIAL_SYNC_STATUS, useSyncStore } from '../../../data/sync-store';
import { sectionViolations } from '../periods/testing/console-device';
import { closePeopleDevices, DEWI, KASEK, LURAH, RETIRED, show } from './testing/people-device';

beforeEach(() => {
  useSyncStore.setState({ ...INITIAL_SYNC_STATUS, state: 'synced' });
});
afterEach(async () => {
  cleanup();
  await closePeopleDevices();
});

describe('the mutasi form', () => {
  it('shows core’s refusal next to the superior field and keeps what was typed', async () => {
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    const superior = await screen.findByLabelText('Atasan baru');
    fireEvent.change(superior, { target: { value: RETIRED } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan mutasi' }));
    expect(await screen.findByText('Atasan harus pegawai berstatus aktif')).toBeTruthy();
    expect((screen.getByLabelText('Atasan baru') as HTMLInputElement).value).toBe(RETIRED);
    expect(screen.getByLabelText('Atasan baru').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a TMT after today next to the TMT, with the rule said beforehand', async () => {
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    fireEvent.change(await screen.findByLabelText('Jabatan baru'), {
      target: { value: 'Guru Kelas Ahli Muda' },
    });
    const tomorrow = civilDate(Date.now() + 86_400_000);
    fireEvent.change(screen.getByLabelText('TMT'), { target: { value: tomorrow } });
    expect(
      screen.getByText(/TMT paling lambat hari ini, dan tidak sebelum TMT jabatan sekarang/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan mutasi' }));
    expect(await screen.findByText('TMT paling lambat hari ini')).toBeTruthy();
    expect(screen.getByLabelText('TMT').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Jabatan baru') as HTMLInputElement).value).toBe(
      'Guru Kelas Ahli Muda',
    );
  });

  it('moves the person: the page shows the new superior and the riwayat', async () => {
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    fireEvent.change(await screen.findByLabelText('Atasan baru'), { target: { value: LURAH } });
    fireEvent.change(screen.getByLabelText('Unit kerja baru'), { target: { value: 'kel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan mutasi' }));
    const history = await screen.findByRole('region', { name: 'Riwayat jabatan' });
    expect(await within(history).findByText('Sri Wahyuni, S.Pd.')).toBeTruthy();
    const now = screen.getByRole('region', { name: 'Jabatan sekarang' });
    expect(within(now).getByText(`Siti Aminah, S.Sos. (${LURAH})`)).toBeTruthy();
  });
});

describe('the status card', () => {
  it('warns that active people would be left without an appraiser, then saves the status', async () => {
    await show(`/kelola/pegawai/${KASEK}`);
    fireEvent.change(await screen.findByLabelText('Status baru'), {
      target: { value: 'pensiun' },
    });
    expect(screen.getByText(/^1 pegawai aktif masih beratasan pegawai ini/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan status' }));
    expect(await screen.findByText('Status sekarang: Pensiun')).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Riwayat jabatan' });
    expect(within(history).getByText('Status: Aktif → Pensiun')).toBeTruthy();
  });
});

describe('offline', () => {
  it('keeps the person readable and every change control disabled', async () => {
    useSyncStore.setState({ ...INITIAL_SYNC_STATUS, state: 'offline' });
    await show(`/kelola/pegawai/${KASEK}`);
    expect(
      await screen.findByRole('heading', { name: 'Sri Wahyuni, S.Pd.', level: 2 }),
    ).toBeTruthy();
    expect(screen.getByText('SD Negeri Gayungan I')).toBeTruthy();
    for (const button of screen.getAllByRole('button'))
      expect(button).toHaveProperty('disabled', true);
    for (const field of [...screen.getAllByRole('textbox'), ...screen.getAllByRole('combobox')])
      expect(field).toHaveProperty('disabled', true);
    expect(screen.queryAllByRole('link', { name: /Ubah data|Mutasi/ })).toEqual([]);
  });
});

describe('accessibility', () => {
  it('finds nothing on the list, a person’s page and the mutasi form with its errors', async () => {
    await show('/kelola/pegawai');
    await screen.findByText('7 pegawai cocok');
    expect(await sectionViolations()).toEqual([]);
    cleanup();
    await show(`/kelola/pegawai/${KASEK}`);
    await screen.findByRole('heading', { name: 'Sri Wahyuni, S.Pd.', level: 2 });
    expect(await sectionViolations()).toEqual([]);
    cleanup();
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    fireEvent.click(await screen.findByRole('button', { name: 'Simpan mutasi' }));
    await screen.findByText('Ubah unit kerja, atasan, atau jabatan.');
    expect(await sectionViolations()).toEqual([]);
  });
});
