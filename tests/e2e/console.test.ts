// Kelola organisasi on a laptop, as Ratna (Pengelola Kinerja at BKPSDM) uses it: every section
// opens with its data and zero axe violations; offline the last synced data stays readable and
// every change control is disabled; staff never reach it. With SCREENSHOTS=docs each section is
// saved as docs/screenshots/console-{section}.png.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goOffline, goOnline, signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

const RATNA = { nip: '198602142010012015', name: 'Ratna' } as const;
const LAPTOP = { width: 1280, height: 800 } as const;

/** Each section: its tab, and a text only its loaded data shows. */
const SECTIONS = [
  { path: 'pegawai', tab: 'Pegawai', data: 'Dewi Lestari' },
  { path: 'unit', tab: 'Unit kerja', data: 'Kecamatan Gayungan' },
  { path: 'periode', tab: 'Periode', data: 'Triwulan' },
  { path: 'katalog', tab: 'Katalog', data: 'Menyusun' },
  { path: 'kehadiran', tab: 'Kehadiran', data: 'Menunggu diterapkan' },
  { path: 'nilai-organisasi', tab: 'Nilai organisasi', data: 'Dinas Pendidikan' },
  { path: 'impor', tab: 'Impor & ekspor', data: 'pegawai' },
  { path: 'riwayat', tab: 'Riwayat perubahan', data: 'Riwayat' },
] as const;

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.skeleton').count(), { timeout: 15_000 }).toBe(0);
}

describe('console: Kelola organisasi on a laptop', () => {
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
    await signIn(page, RATNA.nip);
    await waitForSynced(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(SECTIONS)('$tab opens from the tabs with its data', async ({ path, tab, data }) => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kelola' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kelola organisasi' }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Bagian kelola organisasi' });
    await tabs.getByRole('link', { name: tab, exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/kelola/${path}`));
    expect(
      await tabs.getByRole('link', { name: tab, exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    await page.locator('main').getByText(data).first().waitFor();
    await settled(page);
    await expectNoAxeViolations(page, `laptop /kelola/${path}`);
    await page.screenshot({ path: shotPath(`console-${path}.png`) });
  });

  it('offline: the last synced people stay readable, changes wait for a connection', async () => {
    await page.goto('/kelola/pegawai');
    await page.locator('main').getByText(DEWI.name).first().waitFor();
    await goOffline(context);
    try {
      await page.getByText(/Luring: data yang tampil adalah hasil sinkron terakhir/).waitFor();
      await expect.poll(() => page.locator('main').getByText(DEWI.name).count()).toBeGreaterThan(0);
      const enabled = page.locator(
        'main form button[type="submit"]:not([disabled]):not([aria-disabled="true"])',
      );
      expect(await enabled.count()).toBe(0);
    } finally {
      await goOnline(context);
    }
  });
});

describe('console: kept from staff', () => {
  const h = useHarness();

  it('has no Kelola for Dewi, and /kelola is not found for her', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    expect(await page.getByRole('link', { name: 'Kelola' }).count()).toBe(0);
    await page.goto('/kelola/pegawai');
    await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
  });
});
