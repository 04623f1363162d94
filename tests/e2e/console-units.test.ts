// The console's Unit kerja and Nilai organisasi sections in real Chromium, as Ratna (Pengelola
// Kinerja) of the demo: zero axe violations on a phone and a laptop-size tablet (working hours
// included), the refusal of a taken unit code next to its field, and a new unit on its own page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import type { Device } from './support/browser';
import { useHarness } from './support/harness';

const RATNA = '198602142010012015';

async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator('.skeleton').count(), { timeout: 15_000 }).toBe(0);
}

describe.each<Device>(['phone', 'tablet'])('console units and ratings on a %s', (device) => {
  const h = useHarness();

  it('has no axe violations on the tree, a unit page and the ratings', async () => {
    const page = await (await h.context(device)).newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await open(page, '/kelola/unit', 'Unit kerja');
    // The top and the level under it open at first; a disclosure button opens the next.
    await page.getByRole('link', { name: 'Kecamatan Gayungan', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Unit di bawah Kecamatan Gayungan' }).click();
    await page.getByRole('link', { name: 'Kelurahan Ketintang', exact: true }).waitFor();
    await expectNoAxeViolations(page, `${device} /kelola/unit`);
    await page.getByRole('button', { name: 'Unit baru' }).click();
    await page.getByRole('button', { name: 'Buat unit' }).click();
    await page.getByText('Nama unit wajib diisi.').waitFor();
    await expectNoAxeViolations(page, `${device} /kelola/unit with a new unit's errors`);
    await open(page, '/kelola/unit/kelurahan-ketintang', 'Kelurahan Ketintang');
    await page.getByText('(mengikuti Pemerintah Gayungan)').waitFor();
    await expectNoAxeViolations(page, `${device} /kelola/unit/kelurahan-ketintang`);
    await page.getByLabel('Unit ini punya jam kerja sendiri').check();
    await page.getByLabel('Jam pulang', { exact: true }).fill('06:00');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByText('Jam pulang harus setelah jam masuk.').waitFor();
    await expectNoAxeViolations(page, `${device} the working hours of a unit, with an error`);
    await open(page, '/kelola/nilai-organisasi', 'Nilai organisasi');
    await expectNoAxeViolations(page, `${device} /kelola/nilai-organisasi`);
  });

  it('refuses a taken code next to its field, then creates the unit', async () => {
    const page = await (await h.context(device)).newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await open(page, '/kelola/unit', 'Unit kerja');
    await page.getByRole('button', { name: 'Unit baru' }).click();
    const code = page.getByLabel('Kode unit', { exact: true });
    await code.fill('bkpsdm');
    await page.getByLabel('Nama unit', { exact: true }).fill('Bidang Mutasi');
    await page.getByLabel('Unit induk', { exact: true }).selectOption('bkpsdm');
    await page.getByRole('button', { name: 'Buat unit' }).click();
    await page.getByText('Kode unit ini sudah dipakai unit lain').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Nama unit', { exact: true }).inputValue()).toBe('Bidang Mutasi');
    await code.fill(`bidang-mutasi-${device}`);
    await page.getByRole('button', { name: 'Buat unit' }).click();
    await page.getByRole('heading', { name: 'Bidang Mutasi', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/kelola/unit/bidang-mutasi-${device}`);
  });
});
