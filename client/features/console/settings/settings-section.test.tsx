// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSetting } from '../../../core/testing/factories';
import { useSessionStore } from '../../../data/session-store';
import { eventually } from '../../../data/testing/eventually';
import {
  closeSections,
  renderSection,
  setConsoleOffline,
  signInUnitPengelola,
} from '../periods/testing/console-device';
import { SettingsSection } from './settings-section';

const device = (docs: { _id: string }[] = []) =>
  renderSection(<SettingsSection />, docs, '/kelola/pengaturan');
afterEach(async () => {
  useSessionStore.setState({ user: null });
  await closeSections();
});

describe('SettingsSection', () => {
  it('shows the default, refuses weeks out of 1-26 next to the field keeping them, and saves', async () => {
    const { db } = await device();
    expect(
      await screen.findByText('Berlaku sekarang: 4 minggu (bawaan, belum pernah diubah).'),
    ).toBeTruthy();
    const weeks = screen.getByLabelText('Pengingat umpan balik (minggu)') as HTMLInputElement;
    expect(weeks.value).toBe('4');
    fireEvent.change(weeks, { target: { value: '27' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect(await screen.findByText('Isi bilangan bulat dari 1 sampai 26 minggu.')).toBeTruthy();
    expect(weeks.value).toBe('27');
    expect(weeks.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(weeks, { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect(
      await screen.findByText('Pengaturan disimpan: pengingat umpan balik setelah 6 minggu.'),
    ).toBeTruthy();
    expect(await screen.findByText('Berlaku sekarang: 6 minggu.')).toBeTruthy();
    expect(await db.get('setting:kinerja')).toMatchObject({ feedbackReminderWeeks: 6 });
  });

  it('shows the stored setting read-only offline', async () => {
    await device([makeSetting({ feedbackReminderWeeks: 3 })]);
    expect(await screen.findByText('Berlaku sekarang: 3 minggu.')).toBeTruthy();
    setConsoleOffline(true);
    await eventually(() =>
      expect(
        (screen.getByRole('button', { name: 'Simpan pengaturan' }) as HTMLButtonElement).disabled,
      ).toBe(true),
    );
    expect(
      (screen.getByLabelText('Pengingat umpan balik (minggu)') as HTMLInputElement).disabled,
    ).toBe(true);
  });

  it('is read-only for the Pengelola of one unit, and says who may change it', async () => {
    signInUnitPengelola();
    await device();
    expect(await screen.findByText(/Hanya Pengelola Kinerja seluruh organisasi/)).toBeTruthy();
    // The form appears once the stored setting (or its absence) has been read.
    const save = await screen.findByRole('button', { name: 'Simpan pengaturan' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
  });
});
