// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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

const DEVELOPMENT = {
  targets: { pns: 20, pppk: 24 },
  rules: { seminar: { basis: 'fixed' as const, jp: 3, capPerDay: null, capPerMonth: null } },
};

const device = (docs: { _id: string }[] = []) =>
  renderSection(<SettingsSection />, docs, '/kelola/pengaturan');
afterEach(async () => {
  useSessionStore.setState({ user: null });
  await closeSections();
});

// The page is long: role queries walk the whole accessibility tree, so these find elements by
// their text and stay inside the JP form.
const jpForm = async () =>
  within((await screen.findByText('JP pengembangan kompetensi')).closest('form')!);
type Scope = ReturnType<typeof within>;
const group = (form: Scope, legend: string) =>
  within(form.getByText(legend, { selector: 'legend' }).closest('fieldset')!);
const button = (form: Scope, name: string) => form.getByText(name).closest('button')!;

describe('JP settings in Pengaturan', () => {
  it('shows the default targets and refuses a bad one next to its field, keeping it', async () => {
    await device([makeSetting({ feedbackReminderWeeks: 3 })]);
    const form = await jpForm();
    expect(form.getByText('Berlaku sekarang: aturan bawaan (belum pernah diubah).')).toBeTruthy();
    expect((form.getByLabelText('Target PNS (JP)') as HTMLInputElement).value).toBe('20');
    const pppk = form.getByLabelText('Target PPPK (JP)') as HTMLInputElement;
    fireEvent.change(pppk, { target: { value: 'dua' } });
    fireEvent.click(button(form, 'Simpan aturan JP'));
    expect(await form.findByText('Isi bilangan bulat dari 0 sampai 200.')).toBeTruthy();
    expect(pppk.value).toBe('dua');
    expect(pppk.getAttribute('aria-invalid')).toBe('true');
    // (Checked with the rules folded: axe over all 18 is slow in jsdom.)
    expect(await sectionViolations()).toEqual([]);
  });

  it('shows the rule of each form with its default on request, and saves keeping the reminder weeks', async () => {
    const { db } = await device([makeSetting({ feedbackReminderWeeks: 3 })]);
    const form = await jpForm();
    const pppk = form.getByLabelText('Target PPPK (JP)') as HTMLInputElement;
    fireEvent.click(button(form, 'Tampilkan aturan per bentuk'));
    const seminar = group(form, 'Seminar/konferensi');
    expect(seminar.getByText('Bawaan: JP tetap per kegiatan, 4 JP')).toBeTruthy();
    expect((seminar.getByLabelText('JP') as HTMLInputElement).value).toBe('4');
    const mandiri = group(form, 'Belajar mandiri');
    expect((mandiri.getByLabelText(/Batas JP per hari/) as HTMLInputElement).value).toBe('2');
    fireEvent.change(pppk, { target: { value: '24' } });
    fireEvent.change(seminar.getByLabelText('JP'), { target: { value: '3' } });
    fireEvent.click(button(form, 'Simpan aturan JP'));
    expect(await form.findByText('Aturan JP disimpan.')).toBeTruthy();
    expect(await db.get('setting:kinerja')).toMatchObject({
      feedbackReminderWeeks: 3,
      development: DEVELOPMENT,
    });
  });

  it('goes back to the defaults, keeping the reminder weeks', async () => {
    const { db } = await device([
      makeSetting({ feedbackReminderWeeks: 3, development: DEVELOPMENT }),
    ]);
    const form = await jpForm();
    expect(form.getByText('Berlaku sekarang: aturan yang disimpan organisasi.')).toBeTruthy();
    expect((form.getByLabelText('Target PPPK (JP)') as HTMLInputElement).value).toBe('24');
    fireEvent.click(button(form, 'Kembalikan ke bawaan'));
    expect(await form.findByText('Aturan JP dikembalikan ke bawaan.')).toBeTruthy();
    await eventually(() =>
      expect((form.getByLabelText('Target PPPK (JP)') as HTMLInputElement).value).toBe('20'),
    );
    const reset = await db.get('setting:kinerja');
    expect(reset).not.toHaveProperty('development');
    expect(reset).toMatchObject({ feedbackReminderWeeks: 3 });
  });

  it('is read-only for the Pengelola of one unit', async () => {
    signInUnitPengelola();
    await device();
    const form = await jpForm();
    expect((button(form, 'Simpan aturan JP') as HTMLButtonElement).disabled).toBe(true);
    // The fields are in a disabled fieldset.
    expect(form.getByLabelText('Target PNS (JP)').matches(':disabled')).toBe(true);
  });
});
