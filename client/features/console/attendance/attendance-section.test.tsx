// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { letterKey } from '../../../core/attendance-rules';
import type { User } from '../../../core/org-chart';
import type { PhotoDoc } from '../../../core/schemas/work';
import {
  makeApplied,
  makeAttendance,
  makeAttendanceDecision,
  makeCertificate,
  makeCorrection,
  NIP,
  orgEmployees,
  orgUnits,
  pengelolaUser,
  photoRefOf,
} from '../../../core/testing/factories';
import {
  consoleDevice,
  sectionViolations,
  setConsoleOffline,
  type ConsoleDevice,
} from '../periods/testing/console-device';
import { AttendanceSection } from './attendance-section';

// Dewi (staffA1) was 40 minutes late on 13 May; her head approved it as dinas luar, with a letter.
const letter = makeCertificate({ key: letterKey('2026-05-13'), name: 'surat-tugas.jpg' });
const dewi = makeCorrection({ letter: photoRefOf(letter as unknown as PhotoDoc) });
// Rudi (staffA2) asked about 12 May; his head has not decided.
const rudi = makeCorrection({
  nip: NIP.staffA2,
  date: '2026-05-12',
  change: { status: 'hadir', in: '07:20', out: '16:00' },
  reason: 'Lupa presensi pulang, pulang pukul 16.00 bersama tim.',
});
// Eko (staffB1) had his correction of 11 May applied already.
const eko = makeCorrection({ nip: NIP.staffB1, date: '2026-05-11', unitId: 'bidang-b' });
const ekoDecision = makeAttendanceDecision(eko, { appraiserNip: NIP.headB });
const DOCS = [
  ...orgEmployees(),
  ...orgUnits(),
  makeAttendance({ month: '2026-05' }, [{ date: '2026-05-13', in: '08:10' }]),
  dewi,
  makeAttendanceDecision(dewi),
  letter,
  rudi,
  eko,
  ekoDecision,
  makeApplied(eko, ekoDecision),
];

const devices: ConsoleDevice[] = [];
async function open(user: User = pengelolaUser) {
  const d = await consoleDevice(DOCS, user);
  devices.push(d);
  render(d.wrap(<AttendanceSection />));
  return d;
}
afterEach(async () => {
  cleanup();
  setConsoleOffline(false);
  for (const d of devices.splice(0)) await d.close();
});

const card = async (name: RegExp) =>
  within((await screen.findByRole('heading', { name })).closest('article')!);

describe('Kelola → Kehadiran', () => {
  it('shows an approved correction beside the imported day, with the reason, the approver and the letter on demand', async () => {
    await open();
    expect(await screen.findByRole('heading', { name: 'Menunggu diterapkan (1)' })).toBeTruthy();
    const c = await card(/^Dewi Lestari · 13/);
    expect(c.getByText('Hadir, masuk 08.10, pulang 16.05 · Terlambat 40 menit')).toBeTruthy();
    expect(c.getByText('Dinas luar')).toBeTruthy();
    expect(c.getByText(dewi.reason)).toBeTruthy();
    expect(c.getByText(/^Sri Wahyuni, S\.E\., /)).toBeTruthy();
    expect(c.queryByRole('img', { name: /^Surat: / })).toBeNull();
    fireEvent.click(c.getByRole('button', { name: 'Buka surat' }));
    expect(await c.findByRole('img', { name: /^Surat: surat koreksi Dewi Lestari/ })).toBeTruthy();
  });

  it('applies the correction after the confirmation, exactly as approved, and lists it as applied', async () => {
    const d = await open();
    fireEvent.click(await screen.findByRole('button', { name: /^Terapkan: Dewi Lestari, 13/ }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/menjadi: Dinas luar/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Ya, terapkan' }));
    expect(
      await screen.findByText(/^Koreksi kehadiran Dewi Lestari tanggal 13.* diterapkan\.$/),
    ).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Menunggu diterapkan (0)' })).toBeTruthy();
    expect(await d.db.get(`attendance-applied:${NIP.staffA1}:2026-05-13`)).toMatchObject({
      change: { status: 'dinas-luar', in: null, out: null },
      reason: dewi.reason,
      decidedBy: NIP.headA,
      appliedBy: NIP.pengelola,
    });
    const applied = screen.getByRole('heading', { name: 'Baru diterapkan' }).nextElementSibling!;
    expect(
      within(applied as HTMLElement).getByRole('heading', { name: /^Dewi Lestari · 13/ }),
    ).toBeTruthy();
  });

  it('cancels without writing', async () => {
    const d = await open();
    fireEvent.click(await screen.findByRole('button', { name: /^Terapkan: Dewi Lestari, 13/ }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Batal' }),
    );
    expect(
      await d.db.get(`attendance-applied:${NIP.staffA1}:2026-05-13`).catch(() => null),
    ).toBeNull();
    expect(screen.getByRole('heading', { name: 'Menunggu diterapkan (1)' })).toBeTruthy();
  });

  it('lists the requests still with the heads read-only, with the head who decides', async () => {
    await open();
    expect(await screen.findByRole('heading', { name: 'Masih di atasan (1)' })).toBeTruthy();
    const c = await card(/^Rudi Hartono · 12/);
    expect(c.getByText('Hadir, masuk 07.20, pulang 16.00')).toBeTruthy();
    expect(c.getByText('Sri Wahyuni, S.E.')).toBeTruthy();
    expect(c.queryByRole('button', { name: /Terapkan/ })).toBeNull();
  });

  it('shows only the people a unit Pengelola keeps', async () => {
    await open({ ...pengelolaUser, scope: 'bidang-b' });
    expect(await screen.findByRole('heading', { name: 'Menunggu diterapkan (0)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Masih di atasan (0)' })).toBeTruthy();
    expect(await card(/^Eko Prasetyo, S\.T\. · 11/)).toBeTruthy();
    expect(screen.queryByText(/Dewi Lestari/)).toBeNull();
  });

  it('links to the attendance import, keeps the lists readable offline with Terapkan disabled, and has no axe violations', async () => {
    await open();
    const link = await screen.findByRole('link', { name: 'Impor kehadiran' });
    expect(link.getAttribute('href')).toBe('/kelola/impor/kehadiran');
    const apply = await screen.findByRole('button', { name: /^Terapkan: Dewi Lestari/ });
    expect(await sectionViolations()).toEqual([]);
    setConsoleOffline(true);
    await expect.poll(() => (apply as HTMLButtonElement).disabled).toBe(true);
  });
});
