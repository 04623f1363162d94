// Laporan in real Chromium against the demo server, with the summaries the server keeps from its
// feed: Sri reads her team's month on the tablet and again offline with the last figures; the
// kepala dinas opens his units, one school and its people; Ratna (BKPSDM's Pengelola) reads the
// organisation's compliance on a laptop and downloads it as CSV. No axe violations on any.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goOffline, openNavItem, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

const BAMBANG = '197203151998031002';
const RATNA = '198602142010012015';
const LAPTOP = { viewport: { width: 1280, height: 800 } };

describe('Laporan', () => {
  const h = useHarness();

  it('Sri reads her team’s month on the tablet, and offline with the last synced figures', async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, SRI.nip);
    await waitForSynced(page);
    await openNavItem(page, 'Laporan');
    await page.waitForURL((url) => url.pathname.startsWith('/laporan'));
    const team = page.getByRole('region', { name: /^Tim saya/ });
    const table = team.getByRole('table', { name: 'Kinerja harian tim per pegawai' });
    // Dewi logged this month (the demo's recent days): her row has days and hours.
    const dewi = table.getByRole('row', { name: new RegExp(DEWI.name) });
    await dewi.waitFor();
    expect(await dewi.getByRole('link', { name: new RegExp(DEWI.name) }).getAttribute('href')).toBe(
      `/tim/${DEWI.nip}`,
    );
    await team.getByText(/^\d+ dari \d+ pegawai mencatat kinerja harian bulan ini\.$/).waitFor();
    // This month appraises the quarter that ended before it: Dewi's final appraisal of it shows.
    await page
      .getByText(/^SKP tahun \d{4}; penilaian, tanggapan dan keberatan Triwulan .+\.$/)
      .waitFor();
    expect(await dewi.getByRole('cell', { name: 'Final', exact: true }).count()).toBe(1);
    await team.getByRole('figure', { name: /^Hari tercatat per minggu/ }).waitFor();
    await page
      .getByRole('status')
      .getByText(/^Disinkronkan .+ · angka terakhir berubah /)
      .waitFor();
    await expectNoAxeViolations(page, 'Laporan / Tim on the tablet');
    await page.screenshot({ path: shotPath('laporan-tim-tablet.png'), fullPage: true });

    await waitForServiceWorker(page);
    await goOffline(context);
    await page
      .getByRole('status')
      .getByText(/^Luring: angka dari sinkronisasi terakhir/)
      .waitFor();
    // Opened again with no network: the figures come from the device.
    await page.reload();
    await table.getByRole('row', { name: new RegExp(DEWI.name) }).waitFor();
  });

  it('the kepala dinas opens his units, then one school and its people', async () => {
    const page = await (await h.context('tablet', LAPTOP)).newPage();
    await signIn(page, BAMBANG);
    await waitForSynced(page);
    await page.goto('/laporan/unit');
    const units = page.getByRole('region', { name: /^Unit, / });
    const table = units.getByRole('table', { name: 'Kinerja harian dan kepatuhan per unit' });
    const school = table.getByRole('link', { name: /SD Negeri Gayungan I$/ });
    await school.waitFor();
    await units.getByRole('figure', { name: /per unit \(%\)$/ }).waitFor();
    await units
      .getByRole('heading', { name: 'Sebaran predikat terhadap kurva (SE MenPANRB 03/2023)' })
      .waitFor();
    await expectNoAxeViolations(page, 'Laporan / Unit');
    await page.screenshot({ path: shotPath('laporan-unit-laptop.png'), fullPage: true });

    await school.click();
    const one = page.getByRole('region', { name: /SD Negeri Gayungan I$/ });
    // Sri's teachers are his staff's staff: their rows show, without a link to a team page.
    const dewi = one.getByRole('row', { name: new RegExp(DEWI.name) });
    await dewi.waitFor();
    expect(await dewi.getByRole('link', { name: new RegExp(DEWI.name) }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Laporan / one unit');
  });

  it('Ratna reads the organisation’s compliance on a laptop and downloads it as CSV', async () => {
    const page = await (await h.context('tablet', LAPTOP)).newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await page.goto('/laporan/organisasi');
    const org = page.getByRole('region', { name: /^Organisasi, |^Kepatuhan/ });
    await org.getByRole('figure').first().waitFor();
    const table = org.getByRole('table').first();
    await table.getByRole('row', { name: /Dinas Pendidikan/ }).waitFor();
    await expectNoAxeViolations(page, 'Laporan / Organisasi');
    await page.screenshot({ path: shotPath('laporan-organisasi-laptop.png'), fullPage: true });

    const caption = (await table.locator('caption').innerText()).trim();
    const exports = org.getByRole('group', { name: `Unduh ${caption}` });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^laporan-.+-\d{4}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Dinas Pendidikan');
  });
});
