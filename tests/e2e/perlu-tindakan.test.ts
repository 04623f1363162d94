// Perlu tindakan on Beranda, as the demo's people meet it: Sri (kepala sekolah) on her tablet and
// Dewi (guru) on a 360 px phone see what waits for them first, as links, with Beranda's count in
// the navigation, also offline; Ratna sets the feedback reminder in Kelola → Pengaturan. Zero axe
// violations on each screen; the pictures go where screenshots.ts says.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goOffline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { fillNewActivity } from './support/activity-entry';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { untilOnServer } from './support/server-docs';
import { shotPath } from './support/screenshots';

const RATNA = '198602142010012015';

/** Beranda's Perlu tindakan section, once its list (or its "nothing waits") has loaded. */
async function perluTindakan(page: Page) {
  // The first-run tour opens on Beranda for a new device: it is not what these screens are about.
  const skipTour = page.getByRole('button', { name: 'Lewati' });
  if (await skipTour.isVisible()) await skipTour.click();
  await page.mouse.move(0, 0);
  const section = page.getByRole('region', { name: 'Perlu tindakan' });
  await section.waitFor();
  await expect.poll(() => section.locator('.skeleton').count(), { timeout: 15_000 }).toBe(0);
  return section;
}

describe('Perlu tindakan', () => {
  const h = useHarness();

  it("Sri's tablet: her team's work first, counted on Beranda's navigation item", async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, SRI.nip);
    await waitForSynced(page);
    const section = await perluTindakan(page);
    // The demo has entries of her teachers waiting for her verification: the list is counted once
    // it shows them (the list follows the read model live, item by item as the sync lands).
    await section.getByRole('link', { name: /kegiatan menunggu verifikasi/ }).waitFor();
    const items = section.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    const home = page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', {
      name: new RegExp(`Beranda\\s*${count} perlu tindakan`),
    });
    await home.waitFor();
    await expectNoAxeViolations(page, 'tablet / (Perlu tindakan)');
    await page.screenshot({ path: shotPath('perlu-tindakan-tablet.png') });

    await section.getByRole('link', { name: /kegiatan menunggu verifikasi/ }).click();
    await page.waitForURL((url) => url.pathname === '/tim/verifikasi');
  });

  it("Dewi's phone: her own list, also offline", async () => {
    const context = await h.context('phone');
    const page = await context.newPage();
    await signIn(page, DEWI.nip);
    await waitForSynced(page);
    const section = await perluTindakan(page);
    await expectNoAxeViolations(page, 'phone / (Perlu tindakan)');
    await page.screenshot({ path: shotPath('perlu-tindakan-phone.png'), fullPage: true });
    const online = await section.innerText();

    await waitForServiceWorker(page);
    await goOffline(context);
    await page.reload();
    const offline = await perluTindakan(page);
    expect(await offline.innerText()).toBe(online);
  });

  it("Sri's tablet shows one system notification when a sync brings her new work", async () => {
    const sriContext = await h.context('tablet', { permissions: ['notifications'] });
    const sri = await sriContext.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    // The first sync on the device records the list as it is: the backlog is not announced.
    await expect.poll(() => seenRecorded(sri, SRI.nip), { timeout: 30_000 }).toBe(true);
    await sri
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kegiatan' })
      .click();
    await sri.waitForURL((url) => url.pathname === '/kegiatan');
    expect(await notifications(sri)).toEqual([]);

    const dewiContext = await h.context('phone');
    const dewi = await dewiContext.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForSynced(dewi);
    const kegiatan = 'Menyiapkan lembar kerja pecahan';
    await fillNewActivity(dewi, {
      start: '13:00',
      end: '14:00',
      kegiatan,
      realisasi: '1',
      satuan: 'dokumen',
    });
    await dewi.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await untilOnServer(dewiContext, `activity:${DEWI.nip}:`, (docs) =>
      docs.some((d) => d.kegiatan === kegiatan && d.status === 'submitted'),
    );

    await expect.poll(() => notifications(sri), { timeout: 60_000 }).toHaveLength(1);
    const [shown] = await notifications(sri);
    expect(shown?.title).toBe('Kinerja: perlu tindakan');
    expect(shown?.body).toMatch(/kegiatan menunggu verifikasi/);
  });

  it('Ratna sets the feedback reminder in Kelola → Pengaturan', async () => {
    const context = await h.context('tablet');
    const page = await context.newPage();
    await signIn(page, RATNA);
    await waitForSynced(page);
    await page.goto('/kelola/pengaturan');
    const weeks = page.getByLabel('Pengingat umpan balik (minggu)');
    await weeks.waitFor();
    await weeks.fill('30');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByText('Isi bilangan bulat dari 1 sampai 26 minggu.').waitFor();
    await expectNoAxeViolations(page, 'tablet /kelola/pengaturan with an error');
    await weeks.fill('2');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByText('Berlaku sekarang: 2 minggu.').waitFor();
  });
});

/** True once the device has recorded which Perlu tindakan items its person has seen. */
function seenRecorded(page: Page, nip: string): Promise<boolean> {
  return page.evaluate(
    (name) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('drafts').objectStore('drafts').get('perlu-tindakan:seen');
          get.onsuccess = () => {
            resolve(get.result !== undefined);
            db.close();
          };
          get.onerror = () => resolve(false);
        };
      }),
    `kinerja-read-${nip}`,
  );
}

/** The app's Perlu tindakan notifications shown on the device now. */
async function notifications(page: Page): Promise<{ title: string; body: string }[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const shown = await registration.getNotifications({ tag: 'perlu-tindakan' });
    return shown.map((n) => ({ title: n.title, body: n.body }));
  });
}
