// A new version deployed while the person types is offered, but held back (with the reason) until
// nothing would be lost; then it applies, and what was typed is still there.
// The deploy: the served sw.js changes (as a rebuild changes it), so the browser installs the new
// worker next to the running one and it waits.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isControlled, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { DEWI } from './support/demo';
import { useHarness } from './support/harness';

const TYPED = 'Menyusun laporan hasil belajar kelas 4 (uji pembaruan)';

/** Changes the served service worker, as a new build does, and lets the page look for it. */
async function deployNewVersion(page: Page, staticDir: string): Promise<void> {
  appendFileSync(path.join(staticDir, 'sw.js'), `\n// deploy ${Date.now()}\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.waiting);
  });
}

describe('shell: app update', () => {
  const h = useHarness({ copyStatic: true });

  it('waits while a form has typing, says why, then applies without losing it', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    await waitForServiceWorker(page);
    await page.reload();
    expect(await isControlled(page)).toBe(true);

    await page.goto('/kegiatan/baru');
    const field = page.getByLabel('Kegiatan', { exact: true });
    await field.fill(TYPED);

    await deployNewVersion(page, h.server.staticDir);
    await page.getByText('Versi baru tersedia.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Perbarui sekarang' }).click();
    await page.getByText(/Pembaruan menunggu sampai formulir yang sedang diisi disimpan/).waitFor();
    await page.getByText(/Aplikasi akan diperbarui otomatis setelah itu/).waitFor();

    // Held back: no reload, the typing is on screen, the new worker still waits.
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);
    expect(await field.inputValue()).toBe(TYPED);
    expect(await hasWaitingWorker(page)).toBe(true);

    // Leaving the form (its typing is kept as a draft on the device) lets the update apply.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    // Beranda's name may carry its Perlu tindakan count ("Beranda 3 perlu tindakan").
    await page.getByRole('link', { name: /^Beranda/ }).click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await page.locator('main h1').first().waitFor();
    expect(await hasWaitingWorker(page)).toBe(false);
    expect(await isControlled(page)).toBe(true);
    expect(await page.getByText('Versi baru tersedia.').count()).toBe(0);

    // Nothing typed was lost.
    await page.goto('/kegiatan/baru');
    await expect.poll(() => page.getByLabel('Kegiatan', { exact: true }).inputValue()).toBe(TYPED);
  });

  it('offers the update and applies it at once when nothing would be lost', async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    await waitForServiceWorker(page);
    await page.reload();
    await page.locator('main h1').first().waitFor();

    await deployNewVersion(page, h.server.staticDir);
    await page.getByText('Versi baru tersedia.').waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Pembaruan menunggu/).count()).toBe(0);
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Perbarui sekarang' }).click();
    await reloaded;
    await page.locator('main h1').first().waitFor();
    expect(await hasWaitingWorker(page)).toBe(false);
  });
});
