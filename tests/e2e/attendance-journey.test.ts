// Attendance across three people and three devices (issue 15), in real Chromium against the real
// server with the demo: Ratna, the Pengelola, imports last month's recap in which Dewi was late
// twice (a fingerprint export: dd/mm/yyyy, seconds, short codes); Dewi, offline on her phone, sees
// the two late days and their TPP deductions and asks to correct one of them as dinas luar; Sri,
// offline on her tablet, follows Perlu tindakan to the request and approves it; Ratna follows
// hers to Kelola → Kehadiran and applies it; Dewi's deduction for that day is gone. Zero axe
// violations on each screen (the import and Sri's page at a laptop's or tablet's and a phone's
// width), and Sri's Tim names the month of each line.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { datesOfMonth, monthOf } from '../../client/core/attendance';
import { addDays, civilDate, isoWeekday } from '../../client/core/dates';
import { testNow } from '../../client/core/testing/test-clock';
import { goOffline, goOnline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer } from './support/server-docs';

const RATNA = '198602142010012015';
const LAPTOP = { width: 1280, height: 800 } as const;

/** Last month (every day of it past), its weekdays, and its name as the pages write it. */
const MONTH = monthOf(addDays(`${monthOf(civilDate(testNow()))}-01`, -1));
const WEEKDAYS = datesOfMonth(MONTH).filter((d) => isoWeekday(d) <= 5);
const MONTH_NAME = new Intl.DateTimeFormat('id-ID', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${MONTH}-01T00:00:00Z`));
/** The two days Dewi came late (her school starts at 07:00: 52 minutes, 1% each). */
const LATE = [WEEKDAYS[2], WEEKDAYS[5]] as [string, string];

/** A date as the calendar names its day: "Rabu, 4 November 2026". */
function longDate(date: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Dewi's month as a fingerprint export writes it. */
function recapCsv(): string {
  const lines = WEEKDAYS.map((date) => {
    const [y, m, d] = date.split('-');
    const checkIn = LATE.includes(date) ? '07:52:10' : '06:41:03';
    return `${DEWI.nip},${d}/${m}/${y},${checkIn},14:35:00,H,ya`;
  });
  return ['nip,tanggal,jam_masuk,jam_pulang,status,apel', ...lines, ''].join('\r\n');
}

/** The calendar of last month on Dewi's Kehadiran (the latest month opens first). */
async function lastMonthCalendar(page: Page) {
  const calendar = page.getByRole('region', { name: `Kalender ${MONTH_NAME}` });
  await page.getByRole('region', { name: /^Kalender / }).waitFor();
  if ((await calendar.count()) === 0)
    await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
  await calendar.waitFor();
  return calendar;
}

describe('attendance journey: import, correction, decision, application', () => {
  const h = useHarness();

  it('Dewi’s late day becomes dinas luar through Sri and Ratna, and its TPP deduction is gone', async () => {
    // Ratna imports the recap on her laptop: checked, then applied.
    const laptop = await h.context('tablet', { viewport: LAPTOP });
    const ratna = await laptop.newPage();
    await signIn(ratna, RATNA);
    await waitForSynced(ratna);
    await ratna.goto('/kelola/impor');
    await ratna
      .getByRole('navigation', { name: 'Bagian impor' })
      .getByRole('link', { name: 'Impor kehadiran' })
      .click();
    await ratna.waitForURL((url) => url.pathname === '/kelola/impor/kehadiran');
    await ratna.getByLabel('Berkas kehadiran (CSV)').setInputFiles({
      name: 'kehadiran.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(recapCsv(), 'utf8'),
    });
    await ratna.getByRole('button', { name: 'Periksa berkas' }).click();
    await ratna
      .getByText(
        `${WEEKDAYS.length} baris, 1 pegawai, bulan ${MONTH_NAME}; 1 bulan pegawai akan diganti.`,
      )
      .waitFor();
    const late = ratna
      .getByRole('table', { name: 'Ringkasan berkas kehadiran' })
      .getByRole('row', { name: /Hari terlambat/ });
    expect(await late.textContent()).toContain('2');
    await expectNoAxeViolations(ratna, 'laptop /kelola/impor/kehadiran, checked');
    await ratna.setViewportSize({ width: 360, height: 780 });
    await expectNoAxeViolations(ratna, 'phone width /kelola/impor/kehadiran, checked');
    await ratna.setViewportSize(LAPTOP);
    await ratna.getByRole('button', { name: 'Terapkan', exact: true }).click();
    const confirm = ratna.getByRole('dialog', { name: 'Terapkan impor?' });
    await confirm.getByRole('button', { name: 'Terapkan' }).click();
    await ratna.getByText(/1 bulan pegawai disimpan\./).waitFor();

    // Dewi, on her phone: the two late days cost 1% each. The signal drops with the page open.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForSynced(dewi);
    await waitForServiceWorker(dewi);
    await dewi.goto('/kehadiran');
    const calendar = await lastMonthCalendar(dewi);
    const tpp = dewi.getByRole('region', { name: 'TPP bulan ini' });
    const lateLines = tpp.getByText('Terlambat 52 menit: 1%');
    await expect.poll(() => lateLines.count()).toBe(2);
    await goOffline(phone);
    await calendar
      .getByRole('button', { name: new RegExp(`^${longDate(LATE[0])}: Hadir`) })
      .click();
    const day = dewi.getByRole('region', { name: /^Rincian / });
    await day.getByRole('button', { name: 'Ajukan koreksi' }).click();
    await day.getByLabel('Status yang seharusnya').selectOption('dinas-luar');
    await day
      .getByLabel('Alasan')
      .fill('Mendampingi siswa lomba cerdas cermat di kecamatan, sesuai surat tugas.');
    await day.getByRole('button', { name: 'Kirim permohonan' }).click();
    await dewi.getByText('Tersimpan di perangkat; dikirim saat online.').waitFor();
    const requests = dewi.getByRole('region', { name: 'Permohonan koreksi' });
    await requests.getByText('Menunggu keputusan atasan').waitFor();
    await goOnline(phone);
    await untilOnServer(phone, `attendance-correction:${DEWI.nip}:${LATE[0]}`, (docs) =>
      docs.some((d) => (d.change as { status?: string } | undefined)?.status === 'dinas-luar'),
    );

    // Sri, offline on her tablet, follows Perlu tindakan to the request and approves it.
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    await sri
      .getByRole('link', { name: /1 permohonan koreksi kehadiran menunggu keputusan Anda/ })
      .click();
    await sri.waitForURL(`**/tim/${DEWI.nip}`);
    await goOffline(tablet);
    const att = sri.getByRole('region', { name: 'Kehadiran' });
    const request = att.getByRole('article', { name: /^Koreksi kehadiran / });
    await request.getByText(/^Dinas luar/).waitFor();
    await expectNoAxeViolations(sri, 'Dewi’s attendance with her request (tablet)');
    await sri.screenshot({ path: shotPath('attendance-head-tablet.png'), fullPage: true });
    await request.getByRole('button', { name: 'Setujui' }).click();
    await att.getByText('Disetujui atasan, menunggu diterapkan Pengelola').waitFor();
    // The same page at a phone's width: nothing wider than the screen.
    await sri.setViewportSize({ width: 360, height: 780 });
    expect(
      await sri.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await expectNoAxeViolations(sri, 'Dewi’s attendance, decided (phone width)');
    await sri.setViewportSize({ width: 1024, height: 768 });
    // Tim names the month each line is about: the latest imported one.
    await sri.goto('/tim');
    await sri
      .getByRole('region', { name: /^Dewi Lestari/ })
      .getByText(/^Kehadiran [^:]+ \d{4}: terlambat \d+ hari, potongan TPP [\d,]+%$/)
      .waitFor();
    await goOnline(tablet);
    await untilOnServer(
      tablet,
      `attendance-decision:${DEWI.nip}:${LATE[0]}`,
      (docs) => docs[0]?.decision === 'approved' && docs[0]?.appraiserNip === SRI.nip,
    );

    // Ratna follows Perlu tindakan to Kelola → Kehadiran and applies it.
    await ratna.goto('/');
    await ratna.getByRole('link', { name: /1 koreksi kehadiran menunggu diterapkan/ }).click();
    await ratna.waitForURL((url) => url.pathname === '/kelola/kehadiran');
    await ratna.getByRole('button', { name: /^Terapkan: Dewi Lestari/ }).click();
    const dialog = ratna.getByRole('dialog', { name: 'Terapkan koreksi kehadiran?' });
    await dialog.getByText(/menjadi: Dinas luar/).waitFor();
    await expectNoAxeViolations(ratna, 'laptop /kelola/kehadiran, confirming');
    await dialog.getByRole('button', { name: 'Ya, terapkan' }).click();
    await ratna.getByRole('heading', { name: 'Menunggu diterapkan (0)' }).waitFor();
    await untilOnServer(
      laptop,
      `attendance-applied:${DEWI.nip}:${LATE[0]}`,
      (docs) => docs.length === 1 && docs[0]?.appliedBy === RATNA,
    );

    // Dewi's phone: the day counts as dinas luar, one late day left.
    await requests.getByText('Sudah diterapkan').waitFor({ timeout: 60_000 });
    await expect.poll(() => lateLines.count()).toBe(1);
    await calendar
      .getByRole('button', { name: new RegExp(`^${longDate(LATE[0])}: Dinas luar`) })
      .waitFor();
    await expectNoAxeViolations(dewi, 'phone / Kehadiran after the correction');
    await tpp.screenshot({ path: shotPath('attendance-tpp-after-correction.png') });
  });
});
