// With no network at all, the installed app still opens and shows the signed-in person's data:
// the service worker serves the shell, IndexedDB the data.
import { describe, expect, it } from 'vitest';
import {
  goOffline,
  isControlled,
  signIn,
  waitForServiceWorker,
  waitForSynced,
} from './support/app';
import { DEWI } from './support/demo';
import { useHarness } from './support/harness';

describe('shell: offline cold start', () => {
  const h = useHarness();

  it('reloads with no network into Beranda with the name and data', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip, { stayOnDevice: true });
    await waitForSynced(page);
    await waitForServiceWorker(page);
    const recent = page.getByRole('region', { name: 'Kegiatan terakhir' }).getByRole('listitem');
    await recent.first().waitFor();
    const recentOnline = await recent.allInnerTexts();

    await goOffline(context);
    await page.reload();
    expect(await isControlled(page)).toBe(true);

    await expect
      .poll(() => page.locator('main h1').innerText(), { timeout: 20_000 })
      .toContain(DEWI.name);
    await recent.first().waitFor({ timeout: 20_000 });
    expect(await recent.allInnerTexts()).toEqual(recentOnline);
    await page.getByText('Luring — perubahan disimpan di perangkat').waitFor();
    // "Kegiatan bulan ini" shows figures, not skeletons.
    await expect.poll(() => page.locator('.skeleton').count()).toBe(0);
  });

  it('opens a deep link offline (every route is precached)', async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, DEWI.nip, { stayOnDevice: true });
    await waitForServiceWorker(page);
    await goOffline(context);
    for (const path of ['/profil', '/kegiatan', '/kinerja']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor({ timeout: 20_000 });
      expect(await page.getByRole('heading', { name: 'Terjadi kesalahan' }).count()).toBe(0);
    }
  });
});
