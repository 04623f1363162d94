// Impor kehadiran in real Chromium, as Ratna (Pengelola Kinerja at BKPSDM) uses it on a laptop:
// a month in which Dewi was late twice, checked (the summary, zero axe violations, on a phone's
// width too), applied after confirming, and on the server as the file had it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { datesOfMonth, monthOf } from '../../client/core/attendance';
import { addDays, civilDate, isoWeekday } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { testNow } from '../../client/core/testing/test-clock';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI } from './support/demo';
import { useHarness } from './support/harness';

const RATNA = '198602142010012015';
const LAPTOP = { width: 1280, height: 800 } as const;

/** Last month (every day of it past), its working days, and its name as the page writes it. */
const MONTH = monthOf(addDays(`${monthOf(civilDate(testNow()))}-01`, -1));
const WORKDAYS = datesOfMonth(MONTH).filter((d) => isoWeekday(d) <= 5);
const MONTH_NAME = new Intl.DateTimeFormat('id-ID', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${MONTH}-01T00:00:00Z`));

/** Dewi's month as a fingerprint export writes it: dd/mm/yyyy, seconds, late on two days. */
function dewiCsv(): string {
  const lines = WORKDAYS.map((date, i) => {
    const [y, m, d] = date.split('-');
    const checkIn = i === 2 || i === 5 ? '07:52:10' : '06:41:03';
    return `${DEWI.nip},${d}/${m}/${y},${checkIn},14:35:00,H,ya`;
  });
  return ['nip,tanggal,jam_masuk,jam_pulang,status,apel', ...lines, ''].join('\r\n');
}

describe('console: Impor kehadiran', () => {
  const h = useHarness();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await h.browser.newContext({
      baseURL: h.server.url,
      viewport: LAPTOP,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      serviceWorkers: 'allow',
    });
    page = await context.newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('checks a month, shows what it would do, and applies it after confirming', async () => {
    await page.goto('/kelola/impor');
    await page
      .getByRole('navigation', { name: 'Bagian impor' })
      .getByRole('link', { name: 'Impor kehadiran' })
      .click();
    await page.waitForURL((url) => url.pathname === '/kelola/impor/kehadiran');
    await page.getByLabel('Berkas kehadiran (CSV)').setInputFiles({
      name: 'kehadiran.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(dewiCsv(), 'utf8'),
    });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByRole('heading', { name: 'Hasil pemeriksaan kehadiran' }).waitFor();
    await page
      .getByText(
        `${WORKDAYS.length} baris, 1 pegawai, bulan ${MONTH_NAME}; 1 bulan pegawai akan diganti.`,
      )
      .waitFor();
    const late = page
      .getByRole('table', { name: 'Ringkasan berkas kehadiran' })
      .getByRole('row', { name: /Hari terlambat/ });
    expect(await late.textContent()).toContain('2');
    await expectNoAxeViolations(page, 'laptop /kelola/impor/kehadiran, checked');
    await page.setViewportSize({ width: 360, height: 780 });
    await expectNoAxeViolations(page, 'phone width /kelola/impor/kehadiran, checked');
    await page.setViewportSize(LAPTOP);

    await page.getByRole('button', { name: 'Terapkan', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Terapkan impor?' });
    await dialog.getByText(`Kehadiran 1 pegawai, bulan ${MONTH_NAME}`).waitFor();
    await dialog.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByRole('heading', { name: 'Hasil impor kehadiran' }).waitFor();
    await page.getByText(/1 bulan pegawai disimpan\./).waitFor();

    // Dewi's month as the server holds it, read as Dewi (HTTP Basic, as CouchDB tools do).
    const res = await fetch(`${h.server.url}/couch/kinerja/${ids.attendance(DEWI.nip, MONTH)}`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${DEWI.nip}:${DEMO_PASSWORD}`).toString('base64')}`,
      },
    });
    const stored = (await res.json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ importedBy: RATNA });
    const days = stored.days as { date: string; in: string | null }[];
    expect(days.filter((d) => d.in === '07:52').map((d) => d.date)).toEqual([
      WORKDAYS[2],
      WORKDAYS[5],
    ]);
  });
});
