// @vitest-environment jsdom
// The rencana pengembangan on the employee's device: suggested from the latest final appraisal's
// weak areas and the catalog, extended with the actions agreed in a dialog kinerja (marked as
// such), edited offline; the whole screen passes axe.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { DevelopmentPlanDoc } from '../../core/schemas/development';
import {
  makeFeedback,
  makeFinalAppraisal,
  makeTraining,
  makeYearPeriod,
} from '../../core/testing/factories';
import { getOrNull } from '../../data/local-db';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { HEAD, STAFF } from '../../data/testing/kelurahan';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { UserDataContext } from '../../data/user-data';
import { DevelopmentScreen } from './development-screen';

const year = new Date().getFullYear();
const TITLE = 'Manajemen Waktu dan Prioritas Kerja';
const device = kelurahanDeviceEachTest([
  makeYearPeriod(year),
  makeTraining({
    trainingId: 'manajemen-waktu',
    title: TITLE,
    start: null,
    end: null,
    focus: ['hasil-kerja'],
  }),
  makeFinalAppraisal('di-bawah', 'sesuai', {
    nip: STAFF,
    appraiserNip: HEAD,
    periodId: String(year),
  }),
  makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    kind: 'dialog',
    date: `${year}-01-15`,
    value: null,
    actions: [
      {
        id: 'a1',
        text: 'Ikut komunitas belajar guru kelas',
        due: `${year}-06-30`,
        status: 'open',
        carriedFrom: null,
      },
    ],
  }),
]);

afterEach(() => {
  cleanup();
});

const plan = async () =>
  (await getOrNull(device.db, ids.developmentPlan(STAFF, year))) as DevelopmentPlanDoc | null;

describe('Rencana pengembangan', () => {
  it('adds the Rapor’s suggestions and the dialog’s actions, then edits an item', async () => {
    await eventually(async () => expect(await device.rm.appraisals.count()).toBe(1));
    render(
      <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
        <main>
          <DevelopmentScreen />
        </main>
      </UserDataContext>,
    );
    const card = await screen.findByRole('region', { name: `Rencana pengembangan ${year}` });
    expect(within(card).getByText('Rencana tahun ini masih kosong.')).toBeTruthy();
    // The weak area (hasil kerja) is matched in the catalog, first.
    const catalog = screen.getByRole('region', { name: 'Katalog pengembangan' });
    expect(within(catalog).getByText('Sesuai kebutuhan Anda')).toBeTruthy();

    const suggestions = within(card).getByRole('region', { name: 'Saran dari Rapor' });
    expect(suggestions.textContent).toContain(`Hasil Kerja: Mengikuti ${TITLE}`);
    fireEvent.click(within(card).getByRole('button', { name: 'Tambahkan saran ke rencana' }));
    expect(await within(card).findByRole('heading', { name: `Mengikuti ${TITLE}` })).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Tambahkan dari dialog kinerja' }));
    const agreed = await within(card).findByRole('heading', {
      name: 'Ikut komunitas belajar guru kelas',
    });
    expect(agreed.closest('li')?.textContent).toContain('Disepakati dalam dialog kinerja');
    expect(
      within(card).queryByRole('button', { name: 'Tambahkan dari dialog kinerja' }),
    ).toBeNull();

    fireEvent.click(
      within(card).getByRole('button', { name: 'Ubah rencana: Ikut komunitas belajar guru kelas' }),
    );
    fireEvent.change(within(card).getByLabelText('Status'), { target: { value: 'done' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Simpan rencana' }));
    await eventually(async () =>
      expect((await plan())?.items.map((i) => [i.text, i.status, i.agreedIn !== null])).toEqual([
        [`Mengikuti ${TITLE}`, 'planned', false],
        ['Ikut komunitas belajar guru kelas', 'done', true],
      ]),
    );

    const result = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('refuses an item without text next to the field, keeping the other values', async () => {
    render(
      <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
        <DevelopmentScreen />
      </UserDataContext>,
    );
    const card = await screen.findByRole('region', { name: `Rencana pengembangan ${year}` });
    fireEvent.click(within(card).getByRole('button', { name: 'Tambah rencana' }));
    fireEvent.change(within(card).getByLabelText('Target selesai (boleh kosong)'), {
      target: { value: `${year}-09-30` },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Tambah rencana' }));
    expect(within(card).getByLabelText('Rencana').getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByText('Isi rencananya')).toBeTruthy();
    expect(
      (within(card).getByLabelText('Target selesai (boleh kosong)') as HTMLInputElement).value,
    ).toBe(`${year}-09-30`);
    expect(await plan()).toBeNull();
  });
});
