// @vitest-environment jsdom
// The head approving a report's SKP is offered the Pengelola's expectation texts per BerAKHLAK
// value (those for the report's jenis jabatan or for everyone), read from the device; picking one
// fills the field, which stays editable, and the approval stores what the field then holds.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { SkpApprovalDoc } from '../../core/schemas/work';
import { makeExpectation, makeSkp, makeYearPeriod } from '../../core/testing/factories';
import type { LocalDb } from '../../data/local-db';
import { Projector } from '../../data/projector';
import type { ReadModel } from '../../data/read-model';
import { memoryDb, readModel, userDataFor } from '../../data/testing/devices';
import { HEAD, kelurahanEmployee, STAFF } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { navigate } from '../../ui/navigation';
import { SkpApprovalScreen } from './skp-approval-screen';

const SAME_DAY = 'Menyelesaikan layanan surat keterangan pada hari yang sama bila berkas lengkap.';
const FRIENDLY = 'Menyapa warga dengan ramah dan menjelaskan persyaratan layanan dengan jelas.';
const LEADS = 'Memastikan standar pelayanan kelurahan terpasang dan dipatuhi seluruh staf.';
const OLD = 'Melayani warga sebelum jam istirahat.';
const ON_TIME = 'Hadir tepat waktu pukul 07.00 dan mencatat progres harian setiap hari.';

const DOCS = [
  kelurahanEmployee(HEAD, { jenisJabatan: 'struktural' }),
  kelurahanEmployee(STAFF, { jenisJabatan: 'pelaksana' }),
  makeYearPeriod(2025),
  makeSkp({ nip: STAFF, periodId: '2025', status: 'submitted' }),
  makeExpectation({ code: 'pelayanan-1', value: 'berorientasi-pelayanan', text: SAME_DAY }),
  makeExpectation({
    code: 'pelayanan-2',
    value: 'berorientasi-pelayanan',
    text: FRIENDLY,
    jenisJabatan: ['pelaksana'],
  }),
  makeExpectation({
    code: 'pelayanan-3',
    value: 'berorientasi-pelayanan',
    text: LEADS,
    jenisJabatan: ['struktural'],
  }),
  makeExpectation({
    code: 'pelayanan-4',
    value: 'berorientasi-pelayanan',
    text: OLD,
    archived: true,
  }),
  makeExpectation({ code: 'akuntabel-1', value: 'akuntabel', text: ON_TIME }),
];

let device: { db: LocalDb; rm: ReadModel; projector: Projector } | null = null;
afterEach(async () => {
  cleanup();
  act(() => navigate('/'));
  device?.projector.stop();
  device?.rm.close();
  await device?.db.destroy();
  device = null;
});

/** The head's device holding the kelurahan, the staff member's submitted SKP and the catalog. */
async function openApproval() {
  const db = memoryDb();
  const rm = readModel();
  await db.bulkDocs(DOCS);
  const projector = new Projector(db, rm);
  await projector.start();
  device = { db, rm, projector };
  act(() => navigate(`/penilaian/skp/${STAFF}/2025`));
  render(
    <UserDataContext value={userDataFor(db, rm, HEAD)}>
      <SkpApprovalScreen />
    </UserDataContext>,
  );
}

describe('the expectation texts offered in the SKP approval', () => {
  it("offers the value's texts for the report's jenis jabatan or everyone, not archived ones", async () => {
    await openApproval();
    const service = await screen.findByText('Contoh dari katalog untuk Berorientasi Pelayanan (2)');
    const list = within(service.closest('details')!);
    expect(list.getByRole('button', { name: SAME_DAY })).toBeTruthy();
    expect(list.getByRole('button', { name: FRIENDLY })).toBeTruthy();
    expect(list.queryByRole('button', { name: LEADS })).toBeNull();
    expect(list.queryByRole('button', { name: OLD })).toBeNull();
    expect(screen.getByText('Contoh dari katalog untuk Akuntabel (1)')).toBeTruthy();
    expect(screen.queryByText(/Contoh dari katalog untuk Loyal/)).toBeNull();
  });

  it('fills the field with the picked text, keeps it editable, and approves what it holds', async () => {
    await openApproval();
    await screen.findByText('Contoh dari katalog untuk Berorientasi Pelayanan (2)');
    const field = screen.getByLabelText('Berorientasi Pelayanan') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: 'Tulisan sendiri' } });
    fireEvent.click(screen.getByRole('button', { name: FRIENDLY }));
    expect(field.value).toBe(FRIENDLY);
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('button', { name: FRIENDLY }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.change(field, { target: { value: `${FRIENDLY} Termasuk layanan daring.` } });
    fireEvent.click(screen.getByRole('button', { name: ON_TIME }));
    fireEvent.click(screen.getByRole('button', { name: 'Setujui' }));
    expect(await screen.findByText('SKP disetujui.')).toBeTruthy();
    const approval = (await device!.db.get(
      ids.skpApproval(STAFF, '2025'),
    )) as unknown as SkpApprovalDoc;
    expect(approval.expectations).toEqual({
      'berorientasi-pelayanan': `${FRIENDLY} Termasuk layanan daring.`,
      akuntabel: ON_TIME,
    });
  });
});
