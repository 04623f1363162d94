// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rhk } from '../../core/schemas/work';
import type { ParentPlan } from '../../data/queries/plan-links';
import type { LocalDb } from '../../data/local-db';
import type { ReadModel } from '../../data/read-model';
import { memoryDb, readModel, userDataFor } from '../../data/testing/devices';
import { STAFF } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { SkpEditor } from './skp-editor';
import { SkpView } from './skp-view';

let device: { db: LocalDb; rm: ReadModel } | null = null;
afterEach(async () => {
  cleanup();
  // Let the editor's draft lookup finish before the database closes under it.
  await device?.rm.drafts.toArray();
  await new Promise((resolve) => setTimeout(resolve, 0));
  device?.rm.close();
  await device?.db.destroy();
  device = null;
});

/** The editor as the signed-in app shows it: its drafts live in a read model. */
function renderEditor(editor: ReactElement) {
  device = { db: memoryDb(), rm: readModel() };
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>{editor}</UserDataContext>,
  );
}

const rhk = (id: string, text: string, parentRhkId: string | null = null): Rhk => ({
  id,
  kind: 'utama',
  text,
  parentRhkId,
  iki: [
    { id: `iki-${id.slice(4)}-1`, aspect: 'kuantitas', text: 'Surat', target: 4, satuan: 'surat' },
  ],
});

const superior: ParentPlan = {
  nip: '197001012000011001',
  name: 'Lurah A',
  periodId: '2026',
  status: 'submitted',
  rhk: [rhk('rhk-1', 'Meningkatnya layanan kelurahan'), rhk('rhk-2', 'Tertibnya administrasi')],
};

describe("the superior's RHK an SKP supports", () => {
  it('the SKP table names each supported RHK with its text, or says it is not here', () => {
    render(
      <SkpView
        rhk={[rhk('rhk-1', 'Surat pengantar', 'rhk-2'), rhk('rhk-2', 'Arsip', 'rhk-7')]}
        parent={superior}
      />,
    );
    screen.getByText('Mendukung RHK atasan 2:');
    screen.getByText('Tertibnya administrasi');
    screen.getByText('Mendukung RHK atasan 7 (tidak ditemukan di SKP atasan di perangkat ini)');
  });

  it("the editor offers the superior's RHK and keeps a link it no longer finds", () => {
    renderEditor(
      <SkpEditor
        periodId="2026"
        initial={[rhk('rhk-1', 'Surat pengantar', 'rhk-5')]}
        superior={superior}
      />,
    );
    const select = screen.getByLabelText('RHK atasan yang didukung (RHK 1)');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Tidak ada / pilih nanti',
      'RHK 1: Meningkatnya layanan kelurahan',
      'RHK 2: Tertibnya administrasi',
      'RHK atasan 5 (tidak ditemukan di SKP atasan tahun ini)',
    ]);
    screen.getByText('Pilihan dari SKP Lurah A tahun 2026 (Diajukan).');
  });

  it("the editor says when the superior's SKP of the year is not here", () => {
    renderEditor(<SkpEditor periodId="2026" initial={[]} superior={null} />);
    const select = screen.getByLabelText('RHK atasan yang didukung (RHK 1)');
    expect(within(select).getAllByRole('option')).toHaveLength(1);
    screen.getByText(/SKP atasan tahun ini belum diajukan atau belum tersinkron/);
  });
});
