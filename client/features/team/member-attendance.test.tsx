// @vitest-environment jsdom
// Attendance on the lurah's tablet: a staff member's latest month in figures with its TPP
// deduction day by day (the daily cap the Pengelola set), a correction request approved offline
// (the recorded day beside the asked one, the letter opened on demand), declined only with a
// reason next to the field (the text kept), refused when the employee changed it meanwhile, an
// applied one with the Pengelola's name; and each person's latest month named on the Tim screen
// (last month until this one is imported, the month their page shows), in Indonesian and English.
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { datesOfMonth } from '../../core/attendance';
import { letterKey } from '../../core/attendance-rules';
import { isoWeekday } from '../../core/dates';
import { ids } from '../../core/ids';
import type { AttendanceDecisionDoc } from '../../core/schemas/attendance';
import type { PhotoRef } from '../../core/schemas/work';
import {
  makeApplied,
  makeAttendance,
  makeAttendanceDecision,
  makeCorrection,
  makeSetting,
  TINY_JPEG_BASE64,
} from '../../core/testing/factories';
import { DEFAULT_TPP_SETTINGS } from '../../core/tpp';
import { kelurahanEmployee, UNIT } from '../../data/testing/kelurahan';
import { eventually } from '../../data/testing/eventually';
import { usePrefsStore } from '../../ui/prefs-store';
import {
  HEAD,
  LAST_MONTH,
  OTHER,
  put,
  show,
  STAFF,
  STAFF_NAME,
  stored,
  teamDeviceEachTest,
  TODAY,
  violations,
} from './testing/team-device';
import { changeToApproved, declineTooShort, sendDecline } from './testing/decision-steps';
import { photoServerEachTest, setOnline } from './testing/photo-server';

const device = teamDeviceEachTest();
const PENGELOLA = '198602142010012015';

/** Monday to Thursday of a month (their end of day is 16:00), in date order. */
const monToThu = (month: string) =>
  datesOfMonth(month).filter((d) => isoWeekday(d) >= 1 && isoWeekday(d) <= 4);
/** Monday to Friday: the working days of the default hours. */
const workingDays = (month: string) => datesOfMonth(month).filter((d) => isoWeekday(d) <= 5);

const [D1, D2, D3] = monToThu(LAST_MONTH) as [string, string, string];
/** Last month as imported: late 22 minutes on D1; 105 minutes and no check-out on D2; D3 absent. */
const lastMonth = makeAttendance({ nip: STAFF, month: LAST_MONTH, unitId: UNIT }, [
  { date: D1, in: '07:52', out: '16:05' },
  { date: D2, in: '09:15', out: null },
  { date: D3, status: 'tanpa-keterangan', in: null, out: null },
]);

const LETTER: PhotoRef = {
  id: ids.certificate(STAFF, letterKey(D1), '01jd0000000000000000000001'),
  name: 'surat-tugas.jpg',
  contentType: 'image/jpeg',
  length: 125,
  thumb: `data:image/jpeg;base64,${TINY_JPEG_BASE64}`,
};
/** The employee asks for D1 as dinas luar, with the photo of the surat tugas. */
const request = makeCorrection({
  nip: STAFF,
  date: D1,
  unitId: UNIT,
  change: { status: 'dinas-luar', in: null, out: null },
  reason: 'Rapat koordinasi di kecamatan sesuai surat tugas.',
  letter: LETTER,
  requestedAt: `${LAST_MONTH}-28T01:00:00.000Z`,
});

/** What the server was asked for (the letter is fetched only when opened). */
const asked = photoServerEachTest();
afterEach(() => usePrefsStore.setState({ lang: 'id' }));

const section = () => screen.findByRole('region', { name: 'Kehadiran' });
const decisionOf = () => stored<AttendanceDecisionDoc>(device, ids.attendanceDecision(STAFF, D1));
const figure = (region: HTMLElement, term: string) =>
  within(region).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
/** The days with a TPP deduction, each with its total, its reasons and the cap where it cut. */
const costlyDays = (region: HTMLElement, title = 'Potongan per hari') => {
  const list = within(region).getByRole('heading', { name: title }).nextElementSibling;
  return within(list as HTMLElement)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === list)
    .map((li) => li.textContent);
};
/** "November 2026": a month as the pages name it. */
const monthName = (month: string, locale = 'id-ID') =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

describe('attendance on a staff member’s page', () => {
  it('shows the latest month in figures and the TPP deduction with its days and reasons', async () => {
    await put(device, [lastMonth]);
    show(device, `/tim/${STAFF}`);
    const att = await section();
    await within(att).findByRole('heading', { name: monthName(LAST_MONTH) });
    expect(figure(att, 'Hadir')).toBe(
      `${workingDays(LAST_MONTH).length - 1} dari ${workingDays(LAST_MONTH).length} hari kerja`,
    );
    expect(figure(att, 'Terlambat')).toBe('2 hari, 127 menit');
    expect(figure(att, 'Pulang cepat')).toBe('0 hari, 0 menit');
    expect(figure(att, 'Tanpa keterangan')).toBe('1 hari');
    expect(figure(att, 'Tanpa presensi masuk/pulang')).toBe('1 hari');
    expect(figure(att, 'Dikoreksi')).toBe('0 hari');

    // 0.5 (22 min) + 2.5 (105 min and no check-out, capped) + 3 (tanpa keterangan) = 6%.
    expect(figure(att, 'Potongan disiplin')).toBe('6% dari komponen disiplin');
    expect(within(att).getByText('97,6% dari TPP')).toBeTruthy();
    const rows = costlyDays(att);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/: 0,5%Terlambat 22 menit: 0,5%$/);
    expect(rows[1]).toMatch(
      /: 2,5%Terlambat 105 menit: 2,5%Tidak ada presensi pulang: 2,5%Dibatasi paling banyak 2,5% per hari$/,
    );
    expect(rows[2]).toMatch(/: 3%Tidak masuk tanpa keterangan: 3%$/);
    expect(
      within(att).getByText('Tidak ada permohonan koreksi yang menunggu keputusan.'),
    ).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it('says the daily cap the Pengelola set, where it cut', async () => {
    const tpp = { ...DEFAULT_TPP_SETTINGS, dailyCapPct: 2 };
    await put(device, [makeSetting({ tpp }), lastMonth]);
    show(device, `/tim/${STAFF}`);
    const att = await section();
    await within(att).findByRole('heading', { name: monthName(LAST_MONTH) });
    // D2: 2.5 (105 min) + 2.5 (no check-out), cut to 2; 0.5 + 2 + 3 = 5.5%.
    expect(costlyDays(att)[1]).toMatch(/: 2%.*Dibatasi paling banyak 2% per hari$/);
    expect(figure(att, 'Potongan disiplin')).toBe('5,5% dari komponen disiplin');
  });

  it('approves a request offline: the recorded day beside the asked one, the letter on demand', async () => {
    await put(device, [lastMonth, request]);
    setOnline(false);
    show(device, `/tim/${STAFF}`);
    const att = await section();
    const waiting = await within(att).findByRole('article', { name: /^Koreksi kehadiran / });
    expect(within(waiting).getByText('Tercatat mesin').nextElementSibling?.textContent).toBe(
      'Hadir, 07.52–16.05, terlambat 22 menit',
    );
    expect(within(waiting).getByText('Diminta').nextElementSibling?.textContent).toBe('Dinas luar');
    expect(
      within(waiting).getByText(
        'Alasan pegawai: Rapat koordinasi di kecamatan sesuai surat tugas.',
      ),
    ).toBeTruthy();
    expect(within(waiting).getByAltText(/^Pratinjau surat: Koreksi kehadiran /)).toBeTruthy();
    expect(asked).toEqual([]);
    expect(await violations()).toEqual([]);

    fireEvent.click(within(waiting).getByRole('button', { name: 'Setujui' }));
    await eventually(async () => expect((await decisionOf())?.decision).toBe('approved'));
    expect(await decisionOf()).toMatchObject({
      appraiserNip: HEAD,
      requestedAt: request.requestedAt,
      change: request.change,
    });
    await within(att).findByText('Tidak ada permohonan koreksi yang menunggu keputusan.');
    expect(within(att).getByRole('status').textContent).toBe(
      'Keputusan tersimpan di perangkat dan sampai ke pegawai pada sinkron berikutnya.',
    );
    const decided = within(att).getByRole('article', { name: /^Koreksi kehadiran / });
    expect(
      within(decided).getByText('Disetujui atasan, menunggu diterapkan Pengelola'),
    ).toBeTruthy();
    expect(within(decided).getByText(/^Diputuskan Pegawai 001, /)).toBeTruthy();
    expect(within(decided).queryByRole('button', { name: 'Setujui' })).toBeNull();

    // Back online, the head opens the letter: only now is it fetched.
    setOnline(true);
    fireEvent.click(within(decided).getByRole('button', { name: 'Buka surat' }));
    await within(decided).findByAltText(/^Surat: Koreksi kehadiran /);
    expect(asked).toEqual([`/couch/kinerja/${LETTER.id}/surat-tugas.jpg`]);
  });

  it('asks for a reason to decline next to the field, keeps the text, then declines', async () => {
    await put(device, [lastMonth, request]);
    show(device, `/tim/${STAFF}`);
    const att = await section();
    const waiting = await within(att).findByRole('article', { name: /^Koreksi kehadiran / });
    const reason = await declineTooShort(waiting, 'Tidak ada');
    expect(await decisionOf()).toBeNull();
    expect(await violations()).toEqual([]);

    sendDecline(waiting, reason, 'Surat tugas untuk tanggal lain, bukan hari ini.');
    await eventually(async () =>
      expect(await decisionOf()).toMatchObject({
        decision: 'declined',
        reason: 'Surat tugas untuk tanggal lain, bukan hari ini.',
      }),
    );
    const chip = await within(att).findByText('Ditolak atasan');
    const article = chip.closest('article') as HTMLElement;
    expect(
      within(article).getByText('Alasan ditolak: Surat tugas untuk tanggal lain, bukan hari ini.'),
    ).toBeTruthy();

    // Changed before the Pengelola applies it: approved after all.
    changeToApproved(article);
    await eventually(async () => expect((await decisionOf())?.decision).toBe('approved'));
  });

  it('refuses to decide a request the employee changed meanwhile, then decides the new one', async () => {
    await put(device, [lastMonth, request]);
    show(device, `/tim/${STAFF}`);
    const att = await section();
    const waiting = await within(att).findByRole('article', { name: /^Koreksi kehadiran / });

    // A sync brings the employee's new version before the screen has read it.
    device.projector.stop();
    const current = await device.db.get(request._id);
    await device.db.put({
      ...current,
      change: { status: 'hadir', in: '07:25', out: '16:05' },
      reason: 'Mesin presensi rusak pagi itu, saya datang 07.25.',
      requestedAt: `${LAST_MONTH}-28T05:00:00.000Z`,
    });
    fireEvent.click(within(waiting).getByRole('button', { name: 'Setujui' }));
    const alert = await within(waiting).findByRole('alert');
    expect(alert.textContent).toBe(
      'Permohonan koreksi berubah sejak dibuka; putuskan permohonan yang terbaru',
    );
    expect(await decisionOf()).toBeNull();

    await device.projector.start();
    await within(att).findByText(
      'Alasan pegawai: Mesin presensi rusak pagi itu, saya datang 07.25.',
    );
    const renewed = within(att).getByRole('article', { name: /^Koreksi kehadiran / });
    expect(within(renewed).getByText('Diminta').nextElementSibling?.textContent).toBe(
      'Hadir, 07.25–16.05',
    );
    fireEvent.click(within(renewed).getByRole('button', { name: 'Setujui' }));
    await eventually(async () =>
      expect(await decisionOf()).toMatchObject({
        decision: 'approved',
        requestedAt: `${LAST_MONTH}-28T05:00:00.000Z`,
        change: { status: 'hadir', in: '07:25', out: '16:05' },
      }),
    );
  });

  it("shows an applied correction with the Pengelola's name, and the day no longer costs", async () => {
    const decision = makeAttendanceDecision(request, { appraiserNip: HEAD });
    await put(device, [
      kelurahanEmployee(PENGELOLA, { name: 'Ratna Sari', superiorNip: null }),
      lastMonth,
      request,
      decision,
      makeApplied(request, decision, { appliedBy: PENGELOLA }),
    ]);
    show(device, `/tim/${STAFF}`);
    const att = await section();
    const applied = await within(att).findByRole('article', { name: /^Koreksi kehadiran / });
    expect(within(applied).getByText('Sudah diterapkan')).toBeTruthy();
    expect(within(applied).getByText(/^Diterapkan Ratna Sari, /)).toBeTruthy();
    expect(within(applied).queryByRole('button', { name: 'Ubah keputusan' })).toBeNull();
    expect(figure(att, 'Dikoreksi')).toBe('1 hari');
    expect(figure(att, 'Dinas luar')).toBe('1 hari');
    expect(figure(att, 'Terlambat')).toBe('1 hari, 105 menit');
    // 2.5 (D2) + 3 (D3): D1 counts as dinas luar.
    expect(figure(att, 'Potongan disiplin')).toBe('5,5% dari komponen disiplin');
    expect(costlyDays(att)).toHaveLength(2);
  });

  it('speaks English', async () => {
    usePrefsStore.setState({ lang: 'en' });
    await put(device, [lastMonth, request]);
    show(device, `/tim/${STAFF}`);
    const att = await screen.findByRole('region', { name: 'Attendance' });
    await within(att).findByRole('heading', { name: monthName(LAST_MONTH, 'en-GB') });
    expect(figure(att, 'Late arrival')).toBe('2 days, 127 minutes');
    expect(figure(att, 'Discipline deduction')).toBe('6% of the discipline component');
    expect(costlyDays(att, 'Deductions by day')[0]).toMatch(/: 0.5%Late by 22 minutes: 0.5%$/);
    const waiting = within(att).getByRole('article', { name: /^Attendance correction / });
    expect(
      within(waiting).getByText('Recorded by the machine').nextElementSibling?.textContent,
    ).toBe('Present, 07:52–16:05, late by 22 minutes');
    expect(within(waiting).getByText('Requested').nextElementSibling?.textContent).toBe(
      'Official travel',
    );
    expect(within(waiting).getByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(within(waiting).getByRole('button', { name: 'Open the letter' })).toBeTruthy();
  });
});

describe('attendance on the Tim screen', () => {
  const thisMonth = TODAY.slice(0, 7);
  const [T1, T2] = monToThu(thisMonth) as [string, string];
  /** This month so far: late 15 and 10 minutes (0.5% each). */
  const current = makeAttendance({
    nip: STAFF,
    month: thisMonth,
    unitId: UNIT,
    days: [
      { date: T1, status: 'hadir', in: '07:45', out: '16:05' },
      { date: T2, status: 'hadir', in: '07:40', out: '16:05' },
    ],
  });

  it("shows each person's late days, TPP deduction and the requests waiting", async () => {
    await put(device, [current, lastMonth, request]);
    show(device, '/tim');
    await screen.findByText('1 permohonan koreksi kehadiran menunggu keputusan Anda');
    const card = screen.getByRole('region', { name: STAFF_NAME });
    const line = await within(card).findByText(
      `Kehadiran ${monthName(thisMonth)}: terlambat 2 hari, potongan TPP 1%`,
    );
    expect(line).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: '1 koreksi kehadiran menunggu keputusan' })
        .getAttribute('href'),
    ).toBe(`/tim/${STAFF}`);
    const other = screen.getByRole('region', { name: `Pegawai ${OTHER.slice(-3)}` });
    expect(within(other).getByText('Kehadiran: belum diimpor')).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it('names last month, the one the page shows, until this month is imported', async () => {
    await put(device, [lastMonth]);
    show(device, '/tim');
    const card = await screen.findByRole('region', { name: STAFF_NAME });
    // 0.5 (22 min) + 2.5 (105 min and no check-out, capped) + 3 (tanpa keterangan) = 6%.
    await within(card).findByText(
      `Kehadiran ${monthName(LAST_MONTH)}: terlambat 2 hari, potongan TPP 6%`,
    );
    fireEvent.click(within(card).getByRole('link', { name: STAFF_NAME }));
    const att = await section();
    await within(att).findByRole('heading', { name: monthName(LAST_MONTH) });
    expect(figure(att, 'Potongan disiplin')).toBe('6% dari komponen disiplin');
  });

  it('speaks English', async () => {
    usePrefsStore.setState({ lang: 'en' });
    await put(device, [current, request]);
    show(device, '/tim');
    await screen.findByText('1 attendance correction request awaits your decision');
    const card = screen.getByRole('region', { name: STAFF_NAME });
    await within(card).findByText(
      `Attendance ${monthName(thisMonth, 'en-GB')}: late on 2 days, TPP deduction 1%`,
    );
    expect(
      within(card).getByRole('link', { name: '1 attendance correction awaits a decision' }),
    ).toBeTruthy();
  });
});
