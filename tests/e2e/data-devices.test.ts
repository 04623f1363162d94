// The client data layer (issue 4, "Browser") in real Chromium against the real server: two devices
// of two people, two tabs of one person (one syncs, the other takes over), and two people taking
// turns on one browser (sign-out removes the data unless the person chose to stay).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  goOffline,
  goOnline,
  isControlled,
  signIn,
  waitForServiceWorker,
  waitForSynced,
} from './support/app';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';

const AGUS = { nip: '199004072015031004', name: 'Agus Prasetyo' } as const;

type Work = { kegiatan: string; start: string; end: string };

type ServerDoc = Record<string, unknown>;

/** A person's activities on the server, read as the context's signed-in person. */
async function serverActivities(context: BrowserContext, nip: string): Promise<ServerDoc[]> {
  const prefix = `activity:${nip}:`;
  const q = new URLSearchParams({
    startkey: JSON.stringify(prefix),
    endkey: JSON.stringify(`${prefix}\ufff0`),
    include_docs: 'true',
  });
  const res = await context.request.get(`/couch/kinerja/_all_docs?${q.toString()}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { rows: { doc?: ServerDoc }[] };
  return body.rows.flatMap((r) => (r.doc ? [r.doc] : []));
}

/** Waits until the server holds an activity of `nip` with this kegiatan. */
async function untilOnServer(
  context: BrowserContext,
  nip: string,
  kegiatan: string,
): Promise<void> {
  await expect
    .poll(async () => (await serverActivities(context, nip)).some((d) => d.kegiatan === kegiatan), {
      timeout: 60_000,
      interval: 500,
    })
    .toBe(true);
}

function entryRow(page: Page, kegiatan: string) {
  return page.locator('li.act-item', { hasText: kegiatan });
}

function syncBar(page: Page) {
  return page.getByRole('region', { name: 'Status sinkronisasi' });
}

/** Waits until the sync bar no longer reports documents waiting to be sent. */
async function untilNothingWaits(page: Page): Promise<void> {
  const waiting = syncBar(page).getByText(/menunggu dikirim/);
  await expect.poll(() => waiting.count(), { timeout: 60_000 }).toBe(0);
}

/** Logs an activity of today through the Kegiatan form and waits for it in the list. */
/**
 * Logs an entry through the form. `inApp` opens the form from a link of the page shown, without
 * loading the page again (a reload would hand this tab's sync lock to another tab).
 */
async function logActivity(
  page: Page,
  work: Work,
  button: 'Simpan' | 'Ajukan',
  { inApp = false } = {},
): Promise<void> {
  if (inApp) await page.locator('a[href="/kegiatan/baru"]').first().click();
  else await page.goto('/kegiatan/baru');
  const kegiatan = page.getByLabel('Kegiatan', { exact: true });
  await kegiatan.waitFor({ timeout: 20_000 });
  await page.getByLabel('Jam mulai').fill(work.start);
  await page.getByLabel('Jam selesai').fill(work.end);
  await kegiatan.fill(work.kegiatan);
  await page.getByLabel('Realisasi').fill('1');
  await page.getByLabel('Satuan').fill('kegiatan');
  await page.getByRole('button', { name: button, exact: true }).click();
  await entryRow(page, work.kegiatan)
    .getByText(button === 'Ajukan' ? 'Diajukan' : 'Draf')
    .waitFor({ timeout: 20_000 });
}

/** Names of the IndexedDB databases of this origin that belong to `nip`. */
function databasesOf(page: Page, nip: string): Promise<string[]> {
  return page.evaluate(
    async (n) =>
      (await indexedDB.databases())
        .map((d) => d.name ?? '')
        .filter((name) => name.includes(n))
        .sort(),
    nip,
  );
}

/** Counts the page's replication requests to the server's database (`/couch/kinerja/...`). */
function countReplication(page: Page) {
  const counts = { changes: 0, all: 0 };
  page.on('request', (req) => {
    const { pathname } = new URL(req.url());
    if (!pathname.startsWith('/couch/kinerja')) return;
    counts.all += 1;
    if (pathname === '/couch/kinerja/_changes') counts.changes += 1;
  });
  return counts;
}

/**
 * Profil, then Keluar in the header at once, and back on the sign-in screen. The page is loaded
 * anew first: what the device showed as sent before must not count as waiting after the reload
 * (Keluar would ask about "perubahan belum terkirim" instead of signing out).
 */
async function signOut(page: Page): Promise<void> {
  await page.goto('/profil');
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/masuk', { timeout: 20_000 });
  await page.getByLabel('NIP', { exact: true }).waitFor();
}

/** The texts of Beranda's "Kegiatan terakhir", once it lists something. */
async function recentOnHome(page: Page): Promise<string[]> {
  await page.goto('/');
  const items = page.getByRole('region', { name: 'Kegiatan terakhir' }).getByRole('listitem');
  await items.first().waitFor({ timeout: 60_000 });
  return items.allInnerTexts();
}

describe('data layer across devices, tabs and people', () => {
  const h = useHarness();

  it("Dewi's phone logs offline, keeps it over an offline reload, and it reaches Sri's tablet", async () => {
    const work: Work = {
      kegiatan: 'Menyusun soal penilaian harian IPAS (luring di ponsel)',
      start: '13:05',
      end: '13:50',
    };

    // Sri, tablet: signed in and synced, her team screen open.
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await sri.goto('/tim');
    // Sri's card for Dewi: a region named after her.
    const dewiCard = sri.getByRole('region', { name: new RegExp(`^${DEWI.name}`) });
    await dewiCard.waitFor({ timeout: 60_000 });

    // Dewi, phone: signed in online, then the network is gone.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForSynced(dewi);
    await waitForServiceWorker(dewi);
    await dewi.reload();
    expect(await isControlled(dewi)).toBe(true);
    await goOffline(phone);
    await syncBar(dewi).getByText('Luring — perubahan disimpan di perangkat').waitFor();

    await logActivity(dewi, work, 'Ajukan');
    await syncBar(dewi)
      .getByText(/^\d+ menunggu dikirim$/)
      .waitFor({ timeout: 20_000 });

    // A reload with no network: the shell from the service worker, the entry from IndexedDB.
    await dewi.reload();
    await entryRow(dewi, work.kegiatan).getByText('Diajukan').waitFor({ timeout: 20_000 });
    await syncBar(dewi)
      .getByText(/^\d+ menunggu dikirim$/)
      .waitFor({ timeout: 20_000 });

    // Nothing has left the phone: neither the server nor Sri has it.
    expect((await serverActivities(tablet, DEWI.nip)).map((d) => d.kegiatan)).not.toContain(
      work.kegiatan,
    );
    expect(await sri.getByText(work.kegiatan).count()).toBe(0);

    // Back online: the phone sends it, and Sri's open screen shows it without a reload.
    await goOnline(phone);
    await untilNothingWaits(dewi);
    await untilOnServer(tablet, DEWI.nip, work.kegiatan);
    await dewiCard.getByText(work.kegiatan).waitFor({ timeout: 60_000 });
    await sri.goto(`/tim/verifikasi?pegawai=${DEWI.nip}`);
    await sri.getByRole('button', { name: work.kegiatan }).waitFor({ timeout: 20_000 });
  });

  it('syncs in one tab only; when it closes, the other tab takes over', async () => {
    const context = await h.context('tablet');
    const first = await context.newPage();
    const firstCounts = countReplication(first);
    await signIn(first, DEWI.nip);
    await waitForSynced(first);
    expect(firstCounts.changes).toBeGreaterThan(0);

    // A second tab of the same person: it shows the status the first tab publishes.
    const second = await context.newPage();
    const secondCounts = countReplication(second);
    await second.goto('/');
    await expect
      .poll(() => second.locator('main h1').first().innerText(), { timeout: 20_000 })
      .toContain(DEWI.name);
    await waitForSynced(second);
    for (const page of [first, second]) {
      expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    }

    // "Sinkronkan sekarang" in the second tab makes the first tab sync.
    const before = firstCounts.changes;
    await syncBar(second).getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await expect.poll(() => firstCounts.changes, { timeout: 30_000 }).toBeGreaterThan(before);

    // A write in the second tab travels through the first tab's sync. (Dewi's entries of today
    // in this file follow each other: core refuses overlapping times.)
    const viaFirst: Work = {
      kegiatan: 'Rapat KKG kelas 4 (tab kedua)',
      start: '15:00',
      end: '15:30',
    };
    await logActivity(second, viaFirst, 'Ajukan');
    await untilOnServer(context, DEWI.nip, viaFirst.kegiatan);
    expect(secondCounts).toEqual({ changes: 0, all: 0 });

    // Then a save in the first tab, and (below) one more in the second, neither tab reloaded:
    // each tab's PouchDB connection numbers its writes from the database, not from what it read
    // when it opened (ADR 0025; without it the second tab's next save is refused by IndexedDB).
    const inFirst: Work = {
      kegiatan: 'Koreksi ulangan kelas 4 (tab pertama)',
      start: '14:30',
      end: '15:00',
    };
    await logActivity(first, inFirst, 'Ajukan', { inApp: true });
    await untilOnServer(context, DEWI.nip, inFirst.kegiatan);

    // The syncing tab closes: the second one takes the lock and starts replicating itself.
    await first.close();
    await expect.poll(() => secondCounts.changes, { timeout: 60_000 }).toBeGreaterThan(0);
    await waitForSynced(second);

    const afterTakeover: Work = {
      kegiatan: 'Memeriksa tugas rumah kelas 4A (setelah tab pertama ditutup)',
      start: '15:30',
      end: '16:00',
    };
    await logActivity(second, afterTakeover, 'Ajukan', { inApp: true });
    await untilOnServer(context, DEWI.nip, afterTakeover.kegiatan);
    await untilNothingWaits(second);
  });

  it('hands one browser from Dewi to Agus and back: sign-out removes data unless she stays', async () => {
    const context = await h.context('phone');
    const page = await context.newPage();

    // Dewi, without "Tetap masuk di perangkat ini": her data lives on the device while signed in.
    const dewiWork: Work = {
      kegiatan: 'Menyiapkan media ajar pecahan (perangkat bersama)',
      start: '16:00',
      end: '16:40',
    };
    await signIn(page, DEWI.nip, { stayOnDevice: false });
    await waitForSynced(page);
    await logActivity(page, dewiWork, 'Ajukan');
    await untilOnServer(context, DEWI.nip, dewiWork.kegiatan);
    await untilNothingWaits(page);
    expect((await databasesOf(page, DEWI.nip)).length).toBeGreaterThanOrEqual(2);

    await signOut(page);
    await expect.poll(() => databasesOf(page, DEWI.nip), { timeout: 20_000 }).toEqual([]);

    // Agus signs in on the same browser: his own work, none of hers.
    await signIn(page, AGUS.nip, { stayOnDevice: false });
    await expect
      .poll(() => page.locator('main h1').first().innerText(), { timeout: 20_000 })
      .toContain(AGUS.name);
    await waitForSynced(page);
    const agusRecent = await recentOnHome(page);
    expect(agusRecent.length).toBeGreaterThan(0);
    expect(agusRecent.join('\n')).not.toContain(dewiWork.kegiatan);
    await page.goto('/kegiatan');
    // Today's list has loaded: his entries, or none.
    await page
      .locator('li.act-item')
      .or(page.getByText('Belum ada kegiatan pada hari ini.'))
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await entryRow(page, dewiWork.kegiatan).count()).toBe(0);
    expect(await databasesOf(page, DEWI.nip)).toEqual([]);
    expect((await databasesOf(page, AGUS.nip)).length).toBeGreaterThanOrEqual(2);

    await signOut(page);
    await expect.poll(() => databasesOf(page, AGUS.nip), { timeout: 20_000 }).toEqual([]);

    // Dewi again, this time staying on the device: her databases survive signing out.
    await signIn(page, DEWI.nip, { stayOnDevice: true });
    await waitForSynced(page);
    await waitForServiceWorker(page);
    await page.goto('/kegiatan');
    await entryRow(page, dewiWork.kegiatan).getByText('Diajukan').waitFor({ timeout: 60_000 });
    const dewiDatabases = await databasesOf(page, DEWI.nip);
    expect(dewiDatabases.length).toBeGreaterThanOrEqual(2);

    await signOut(page);
    expect(await databasesOf(page, DEWI.nip)).toEqual(dewiDatabases);

    // Signing back in with the server's database out of reach: everything comes from the device.
    let refused = 0;
    await context.route('**/couch/**', (route) => {
      refused += 1;
      return route.abort('connectionrefused');
    });
    await signIn(page, DEWI.nip, { stayOnDevice: true });
    await page.goto('/kegiatan');
    await entryRow(page, dewiWork.kegiatan).getByText('Diajukan').waitFor({ timeout: 20_000 });
    expect((await recentOnHome(page)).length).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);

    // And it opens with no network at all.
    await goOffline(context);
    await page.goto('/kegiatan');
    await entryRow(page, dewiWork.kegiatan).getByText('Diajukan').waitFor({ timeout: 20_000 });
    await page.goto('/');
    await expect
      .poll(() => page.locator('main h1').first().innerText(), { timeout: 20_000 })
      .toContain(DEWI.name);
    await context.unroute('**/couch/**');
  });
});
