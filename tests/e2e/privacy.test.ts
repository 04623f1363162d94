// "Siapa yang melihat data saya" on Dewi's phone: reached from Profil, it names Sri (her head) as
// a reader of her daily logs and Agus (a colleague at the same school) as someone who cannot;
// her photos are opened by Sri one at a time. Offline it still answers from the synced chart.
import { describe, expect, it } from 'vitest';
import { goOffline, openNavItem, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';

const AGUS = 'Agus Prasetyo';

describe('who sees my data', () => {
  const h = useHarness();

  it('Dewi finds Sri reading her daily logs and Agus not, online and offline', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    await openNavItem(page, 'Profil');
    await page.getByRole('link', { name: 'Siapa yang melihat data saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Siapa yang melihat data saya' }).waitFor();

    const logs = page.getByRole('region', { name: 'Kegiatan harian' });
    await logs.getByText(SRI.name).waitFor();
    expect(await logs.getByRole('listitem').filter({ hasText: SRI.name }).innerText()).toMatch(
      /Atasan langsung/,
    );
    expect(await logs.getByRole('listitem').filter({ hasText: AGUS }).count()).toBe(0);
    expect(await logs.getByText(/Tidak dapat melihat:/).innerText()).toContain(AGUS);

    const photos = page.getByRole('region', { name: 'Foto bukti dukung' });
    expect(await photos.getByRole('listitem').filter({ hasText: SRI.name }).innerText()).toMatch(
      /satu per satu/,
    );
    await expectNoAxeViolations(page, 'phone /data-saya');
    await page.screenshot({ path: shotPath('privacy-who-sees.png'), fullPage: true });

    // Offline, the page comes from the service worker's precache: it must have finished.
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.reload();
    await page.getByRole('region', { name: 'Kegiatan harian' }).getByText(SRI.name).waitFor();
  });
});
