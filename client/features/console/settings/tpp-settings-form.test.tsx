// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TPP_SETTINGS } from '../../../core/tpp';
import { makeSetting } from '../../../core/testing/factories';
import { useSessionStore } from '../../../data/session-store';
import { eventually } from '../../../data/testing/eventually';
import {
  closeSections,
  renderSection,
  sectionViolations,
  signInUnitPengelola,
} from '../periods/testing/console-device';
import { SettingsSection } from './settings-section';

const device = (docs: { _id: string }[] = []) =>
  renderSection(<SettingsSection />, docs, '/kelola/pengaturan');
afterEach(async () => {
  useSessionStore.setState({ user: null });
  await closeSections();
});

// The page is long: these find elements by their text and stay inside the TPP form.
const tppForm = async () =>
  within((await screen.findByText('Aturan TPP (Perkada)')).closest('form')!);
type Scope = ReturnType<typeof within>;
const group = (scope: Scope, legend: string) =>
  within(scope.getByText(legend, { selector: 'legend' }).closest('fieldset')!);
const button = (scope: Scope, name: string) => scope.getByText(name).closest('button')!;
const input = (scope: Scope, label: string | RegExp) =>
  scope.getByLabelText(label) as HTMLInputElement;

describe('TPP rules in Pengaturan', () => {
  it('shows the defaults, and refuses a bracket below the one before it next to its field, keeping what was typed', async () => {
    const { db } = await device([makeSetting({ feedbackReminderWeeks: 3 })]);
    const form = await tppForm();
    expect(form.getByText('Yang berlaku: aturan bawaan (tabel umum).')).toBeTruthy();
    expect(input(form, 'Komponen kinerja (%)').value).toBe('60');
    expect(form.getByText(/Komponen disiplin: 40%/)).toBeTruthy();
    const late = group(form, 'Terlambat masuk (TL)');
    expect(late.getByText(/Bawaan: 1–30 menit 0,5%; 31–60 menit 1%/)).toBeTruthy();
    const second = input(group(late, 'Kelompok 2'), 'Sampai menit ke-');
    expect(second.value).toBe('60');
    fireEvent.change(second, { target: { value: '20' } });
    fireEvent.click(button(form, 'Simpan aturan TPP'));
    expect(await form.findByText(/Aturan TPP belum disimpan/)).toBeTruthy();
    const error = group(late, 'Kelompok 2').getByText(
      'Batas menit harus lebih besar dari kelompok sebelumnya',
    );
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(second.getAttribute('aria-describedby')).toContain(error.id);
    expect(second.value).toBe('20');
    expect(await db.get('setting:kinerja')).not.toHaveProperty('tpp');
    expect(await sectionViolations()).toEqual([]);
  });

  it('refuses a limit on the last bracket and a wrong percent, each next to its field', async () => {
    await device();
    const form = await tppForm();
    const early = group(form, 'Pulang sebelum waktunya (PSW)');
    const last = group(early, 'Kelompok 4');
    fireEvent.change(input(last, /Sampai menit ke-/), { target: { value: '120' } });
    fireEvent.change(input(form, 'Potongan paling banyak sehari (%)'), {
      target: { value: '150' },
    });
    fireEvent.click(button(form, 'Simpan aturan TPP'));
    expect(await last.findByText('Kelompok terakhir tanpa batas: kosongkan menitnya')).toBeTruthy();
    expect(form.getByText('Persen 0 sampai 100')).toBeTruthy();
    expect(input(form, 'Potongan paling banyak sehari (%)').value).toBe('150');
  });

  it('saves the rules, keeping the other settings, and shows them again after a reload', async () => {
    const d = await device([makeSetting({ feedbackReminderWeeks: 3 })]);
    let form = await tppForm();
    fireEvent.change(input(form, 'Komponen kinerja (%)'), { target: { value: '70' } });
    expect(form.getByText(/Komponen disiplin: 30%/)).toBeTruthy();
    const early = group(form, 'Pulang sebelum waktunya (PSW)');
    fireEvent.click(button(early, 'Tambah kelompok'));
    const added = group(early, 'Kelompok 4');
    fireEvent.change(input(added, 'Sampai menit ke-'), { target: { value: '120' } });
    fireEvent.change(input(added, 'Potongan (%)'), { target: { value: '2' } });
    const exempt = group(form, 'Status yang tidak dipotong');
    // Libur never deducts and tanpa keterangan always does: neither is offered.
    expect(exempt.queryByLabelText('Libur')).toBeNull();
    expect(exempt.queryByLabelText('Tanpa keterangan')).toBeNull();
    expect(
      exempt.getByText(/Hari libur tidak pernah dipotong; tanpa keterangan selalu dipotong/),
    ).toBeTruthy();
    fireEvent.click(exempt.getByLabelText('Izin'));
    fireEvent.click(button(form, 'Tampilkan dasar TPP per kelas jabatan'));
    fireEvent.change(input(form, 'Kelas jabatan 9 (Rp)'), { target: { value: '4.500.000' } });
    fireEvent.click(button(form, 'Simpan aturan TPP'));
    expect(await form.findByText('Aturan TPP disimpan.')).toBeTruthy();
    expect(await d.db.get('setting:kinerja')).toMatchObject({
      feedbackReminderWeeks: 3,
      tpp: {
        kinerjaShare: 70,
        early: [...DEFAULT_TPP_SETTINGS.early.slice(0, 3), { upTo: 120, pct: 2 }, { upTo: null }],
        noDeduction: ['sakit', 'cuti', 'dinas-luar', 'tugas-belajar', 'libur'],
        bases: { '9': 4_500_000 },
      },
    });
    cleanup();
    render(d.wrap(<SettingsSection />));
    form = await tppForm();
    await eventually(() =>
      expect(form.getByText('Yang berlaku: aturan yang disimpan Pengelola.')).toBeTruthy(),
    );
    expect(input(form, 'Komponen kinerja (%)').value).toBe('70');
    expect(
      (group(form, 'Status yang tidak dipotong').getByLabelText('Izin') as HTMLInputElement)
        .checked,
    ).toBe(false);
    fireEvent.click(button(form, 'Tampilkan dasar TPP per kelas jabatan'));
    expect(input(form, 'Kelas jabatan 9 (Rp)').value).toBe('4500000');
  });

  it('keeps what was typed across a reload until it is saved', async () => {
    const d = await device();
    const form = await tppForm();
    fireEvent.change(input(form, 'Tidak mengikuti apel (%)'), { target: { value: '0,75' } });
    await eventually(async () => expect(await d.rm.table('drafts').count()).toBeGreaterThan(0));
    cleanup();
    render(d.wrap(<SettingsSection />));
    const again = await tppForm();
    await eventually(() => expect(input(again, 'Tidak mengikuti apel (%)').value).toBe('0,75'));
  });

  it('goes back to the defaults only after a confirmation naming what is lost, keeping the reminder weeks', async () => {
    const { db } = await device([
      makeSetting({
        feedbackReminderWeeks: 3,
        tpp: {
          ...DEFAULT_TPP_SETTINGS,
          kinerjaShare: 70,
          bases: { '9': 4_500_000, '7': 3_000_000 },
        },
      }),
    ]);
    const form = await tppForm();
    expect(input(form, 'Komponen kinerja (%)').value).toBe('70');
    fireEvent.click(button(form, 'Kembalikan ke bawaan'));
    let dialog = within(await screen.findByRole('alertdialog'));
    expect(dialog.getByText('Kembalikan aturan TPP ke bawaan?')).toBeTruthy();
    expect(dialog.getByText(/tabel potongan TL dan PSW/)).toBeTruthy();
    expect(
      dialog.getByText(/Dasar TPP dalam rupiah untuk 2 kelas jabatan juga dihapus/),
    ).toBeTruthy();
    expect(await sectionViolations()).toEqual([]);
    fireEvent.click(dialog.getByRole('button', { name: 'Batal' }));
    expect((await db.get('setting:kinerja')) as object).toHaveProperty('tpp.kinerjaShare', 70);
    expect(input(form, 'Komponen kinerja (%)').value).toBe('70');

    fireEvent.click(button(form, 'Kembalikan ke bawaan'));
    dialog = within(await screen.findByRole('alertdialog'));
    fireEvent.click(dialog.getByRole('button', { name: 'Ya, kembalikan ke bawaan' }));
    expect(await form.findByText('Aturan TPP kembali ke bawaan.')).toBeTruthy();
    await eventually(() => expect(input(form, 'Komponen kinerja (%)').value).toBe('60'));
    const reset = await db.get('setting:kinerja');
    expect(reset).not.toHaveProperty('tpp');
    expect(reset).toMatchObject({ feedbackReminderWeeks: 3 });
  });

  it('is read-only for the Pengelola of one unit', async () => {
    signInUnitPengelola();
    await device();
    const form = await tppForm();
    expect((button(form, 'Simpan aturan TPP') as HTMLButtonElement).disabled).toBe(true);
    expect(form.getByLabelText('Komponen kinerja (%)').matches(':disabled')).toBe(true);
  });
});
