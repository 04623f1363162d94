// The daily activity journey (issue 6) in real Chromium against the real server: Dewi logs work
// offline on a phone, Sri verifies it offline on a tablet, and the decisions travel both ways.
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, civilDate, isoWeekday } from '../../client/core/dates';
import {
  goOffline,
  goOnline,
  isControlled,
  signIn,
  waitForServiceWorker,
  waitForSynced,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { storedDraft } from './support/device-store';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer, type ServerDoc } from './support/server-docs';

// Logged on the last weekend day: work already done whatever the hour of the run (core refuses
// entries that end later than now), on a day the demo data leaves empty.
const WORK = [
  {
    kegiatan: 'Menyusun modul ajar IPAS bab gaya dan gerak',
    start: '15:30',
    end: '16:30',
    satuan: 'jam pelajaran tatap muka kelas 4A',
  },
  { kegiatan: 'Memeriksa lembar kerja Matematika pecahan kelas 4A', start: '16:30', end: '17:15' },
  { kegiatan: 'Mendampingi literasi kelas 4A', start: '17:15', end: '18:00' },
] as const;
const NOTE = 'Lampirkan foto lembar kerja yang sudah dinilai.';

/** A real PNG (a colour gradient) of the given size, so the app must decode and shrink it. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const body = new Uint8Array(4 + data.length);
    body.set(new TextEncoder().encode(type), 0);
    body.set(data, 4);
    const out = new Uint8Array(body.length + 8);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(body.length + 4, crc32(body) >>> 0);
    return out;
  };
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * stride + 1 + x * 3;
      raw[at] = (x * 255) / width;
      raw[at + 1] = (y * 255) / height;
      raw[at + 2] = ((x ^ y) * 7) & 255;
    }
  }
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

/** The last Saturday or Sunday before `today`. */
function lastWeekendDay(today: string): string {
  let day = addDays(today, -1);
  while (isoWeekday(day) < 6) day = addDays(day, -1);
  return day;
}

/** Fills the entry form's times and work (the date stays as the form proposes). */
async function fillEntry(page: Page, work: (typeof WORK)[number]): Promise<void> {
  await page.getByLabel('Jam mulai').fill(work.start);
  await page.getByLabel('Jam selesai').fill(work.end);
  await page.getByLabel('Kegiatan', { exact: true }).fill(work.kegiatan);
  await page.getByLabel('Realisasi').fill('1');
  await page.getByLabel('Satuan').fill('satuan' in work ? work.satuan : 'kegiatan');
}

/** The whole page in one picture, with the fixed navigation where it belongs (at the bottom). */
async function screenshotWhole(page: Page, file: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: shotPath(file) });
  await page.setViewportSize(viewport);
}

/** How many evidence photos of other people the device's local PouchDB holds (its IndexedDB). */
async function othersPhotoCount(page: Page, nip: string): Promise<number> {
  return page.evaluate(
    async ({ name, own }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      try {
        const store = db.transaction('docs', 'readonly').objectStore('docs');
        const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const req = store.getAllKeys();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('read failed'));
        });
        const ids = keys.map(String);
        if (!ids.some((id) => id.startsWith('activity:')))
          throw new Error(`no activities in ${name}`);
        return ids.filter((id) => id.startsWith('photo:') && !id.startsWith(own)).length;
      } finally {
        db.close();
      }
    },
    { name: `_pouch_kinerja-${nip}`, own: `photo:${nip}:` },
  );
}

function entryRow(page: Page, kegiatan: string) {
  return page.locator('li.act-item', { hasText: kegiatan });
}

describe('activity journey: log offline on a phone, verify offline on a tablet', () => {
  const h = useHarness();

  it('travels from Dewi to Sri and back, losing nothing on bad input', async () => {
    const today = civilDate(Date.now());
    const day = lastWeekendDay(today);

    // Dewi, phone: signs in online, then works offline.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForServiceWorker(dewi);
    await dewi.reload();
    expect(await isControlled(dewi)).toBe(true);
    // The first sync has brought her approved SKP: the form offers its RHK.
    await dewi.goto('/kegiatan/baru');
    const rhkOptions = dewi.getByLabel('RHK', { exact: true }).locator('option');
    await expect.poll(() => rhkOptions.count(), { timeout: 60_000 }).toBeGreaterThan(1);
    // Her own evidence photos come down too; she leaves the signal once all of it is here.
    await waitForSynced(dewi);
    await goOffline(phone);

    // First entry, with bad input along the way: a future date, end before start, a 10 MB photo.
    await dewi.goto('/kegiatan/baru');
    await fillEntry(dewi, WORK[0]);
    await dewi.getByLabel('Tanggal').fill(addDays(today, 1));
    await dewi.getByLabel('Jam selesai').fill('12:00');
    await dewi.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect
      .poll(() => dewi.getByText('Tanggal tidak boleh setelah hari ini.').count())
      .toBe(1);
    await expect.poll(() => dewi.getByText('Jam selesai harus setelah jam mulai.').count()).toBe(1);
    // Typing is autosaved: once the draft is stored, a reload (offline) brings it back.
    await expect
      .poll(() => storedDraft(dewi, DEWI.nip, 'activity-form:new'))
      .toMatchObject({ kegiatan: WORK[0].kegiatan, date: addDays(today, 1), end: '12:00' });
    await dewi.reload();
    await dewi.getByText('Isian yang belum disimpan dipulihkan.').waitFor();
    expect(await dewi.getByLabel('Kegiatan', { exact: true }).inputValue()).toBe(WORK[0].kegiatan);
    await dewi.getByLabel('Tanggal').fill(day);
    await dewi.getByLabel('Jam mulai').fill(WORK[0].start);
    await dewi.getByLabel('Jam selesai').fill(WORK[0].end);
    await dewi.getByLabel('RHK', { exact: true }).selectOption({ index: 1 });
    const gallery = dewi.locator('input[type=file]:not([capture])');
    await gallery.setInputFiles({
      name: 'modul.png',
      mimeType: 'image/png',
      buffer: png(2000, 1500),
    });
    await dewi.getByText(/1 foto ditambahkan/).waitFor();
    await gallery.setInputFiles({
      name: 'besar.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(10 * 1024 * 1024, 7),
    });
    await dewi.getByText(/Foto "besar\.jpg" terlalu besar/).waitFor();
    expect(await dewi.getByRole('img', { name: 'Foto bukti dukung 1' }).count()).toBe(1);
    expect(await dewi.getByLabel('Kegiatan', { exact: true }).inputValue()).toBe(WORK[0].kegiatan);
    await expectNoAxeViolations(dewi, 'the entry form (phone)');
    await screenshotWhole(dewi, 'activity-form-phone.png');
    await dewi.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await entryRow(dewi, WORK[0].kegiatan).getByText('Diajukan').waitFor();
    // Nothing has left the phone: it says so, and the entry with its photo waits as one.
    await dewi
      .getByText(
        'Kegiatan tersimpan di perangkat ini dan akan dikirim untuk diverifikasi saat daring.',
      )
      .waitFor();
    expect(await dewi.getByText('Kegiatan diajukan untuk diverifikasi.').count()).toBe(0);
    await dewi.getByText('1 menunggu dikirim').waitFor();
    // On the 360 px phone a long satuan wraps, whole, inside the row.
    const amount = entryRow(dewi, WORK[0].kegiatan).locator('.act-item__amount');
    expect(await amount.textContent()).toBe('1 jam pelajaran tatap muka kelas 4A');
    expect(
      await amount.evaluate(
        (el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= 360,
      ),
    ).toBe(true);

    // Second entry submitted at once; the third kept as a draft, then the whole day submitted.
    await dewi.getByRole('link', { name: 'Tambah kegiatan' }).click();
    await fillEntry(dewi, WORK[1]);
    await dewi.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await entryRow(dewi, WORK[1].kegiatan).waitFor();
    await dewi.getByRole('link', { name: 'Tambah kegiatan' }).click();
    await fillEntry(dewi, WORK[2]);
    await dewi.getByRole('button', { name: 'Simpan', exact: true }).click();
    await entryRow(dewi, WORK[2].kegiatan).getByText('Draf').waitFor();
    await dewi.getByRole('button', { name: /^Ajukan semua/ }).click();
    await dewi.getByText(/kegiatan tersimpan di perangkat ini dan akan dikirim/).waitFor();
    await dewi.getByText('3 menunggu dikirim').waitFor();
    await expectNoAxeViolations(dewi, 'the activity list (phone)');

    // A reload while offline still shows them.
    await dewi.reload();
    for (const w of WORK) await entryRow(dewi, w.kegiatan).getByText('Diajukan').waitFor();
    await goOnline(phone);
    const activities = `activity:${DEWI.nip}:${day}:`;
    const verifications = `verification:${DEWI.nip}:${day}:`;
    const submittedAll = (docs: ServerDoc[]) =>
      WORK.every((w) => docs.some((d) => d.kegiatan === w.kegiatan && d.status === 'submitted'));
    await untilOnServer(phone, activities, submittedAll);

    // Sri, tablet: sees them, then decides while offline. Her own photos sync to her devices; her
    // team's are never downloaded up front.
    const tablet = await h.context('tablet');
    const photoRequests: string[] = [];
    tablet.on('requestfinished', (r) => {
      const url = decodeURIComponent(r.url());
      if (url.includes('/couch/kinerja/photo:') && !url.includes(`/photo:${SRI.nip}:`))
        photoRequests.push(url);
    });
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    // The tablet goes offline below: its service worker must be installed (precache complete)
    // first, or the install fails and an offline reload finds no app.
    await waitForServiceWorker(sri);
    // Her team page shows today; Dewi's entries (of the weekend) wait in the queue.
    await sri.goto(`/tim/verifikasi?pegawai=${DEWI.nip}`);
    await sri
      .getByRole('button', { name: new RegExp(WORK[2].kegiatan) })
      .waitFor({ timeout: 60_000 });
    await waitForSynced(sri);
    expect(await othersPhotoCount(sri, SRI.nip)).toBe(0);
    expect(photoRequests).toEqual([]);
    await sri.goto(`/tim/verifikasi?pegawai=${DEWI.nip}`);
    // Dewi's seeded entries waiting in the queue carry photos too: none is on the tablet yet.
    await sri.getByText(/^0 dari \d+ foto antrean dapat dilihat luring\.$/).waitFor();
    await goOffline(tablet);
    // Offline, the entry shows the small preview that travelled with it.
    await sri.getByRole('button', { name: new RegExp(WORK[0].kegiatan) }).click();
    await sri.getByRole('img', { name: 'Pratinjau bukti dukung 1 dari 1' }).waitFor();
    await sri.getByText('Ini pratinjau kecil. Foto asli dimuat saat daring.').waitFor();
    // Back online, the original is fetched for the opened entry only, and kept for offline.
    await goOnline(tablet);
    await sri.getByRole('img', { name: 'Bukti dukung 1 dari 1' }).waitFor();
    await expect.poll(() => photoRequests.length).toBe(1);
    await sri.getByText(/^1 dari \d+ foto antrean dapat dilihat luring\.$/).waitFor();
    await expectNoAxeViolations(sri, 'the verification queue (tablet)');
    await sri.evaluate(() => window.scrollTo(0, 0));
    await sri.screenshot({ path: shotPath('activity-queue-tablet.png') });
    await goOffline(tablet);
    await sri.reload();
    await sri.getByRole('img', { name: 'Bukti dukung 1 dari 1' }).waitFor();
    await sri.getByText(/^1 dari \d+ foto antrean dapat dilihat luring\.$/).waitFor();

    await sri.getByRole('button', { name: new RegExp(WORK[1].kegiatan) }).click();
    await sri.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await sri.getByText('Tulis catatan untuk pegawai sebelum mengembalikan.').waitFor();
    await sri.getByLabel('Catatan').fill(NOTE);
    await sri.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await sri.getByText(`Dikembalikan: ${WORK[1].kegiatan}`).waitFor();
    for (const w of [WORK[0], WORK[2]]) {
      await sri.getByRole('checkbox', { name: `Pilih: ${w.kegiatan}` }).check();
    }
    await sri.getByRole('button', { name: 'Setujui terpilih (2)' }).click();
    await sri.getByText('2 kegiatan disetujui.').waitFor();
    for (const w of WORK) {
      const row = sri.getByRole('button', { name: new RegExp(w.kegiatan) });
      await expect.poll(() => row.count()).toBe(0);
    }
    await goOnline(tablet);
    await untilOnServer(
      tablet,
      verifications,
      (docs) =>
        docs.filter((d) => d.decision === 'approved').length === 2 &&
        docs.some((d) => d.decision === 'returned' && d.note === NOTE),
    );

    // Dewi sees the decisions and the note, fixes the returned entry and submits it again.
    await dewi.goto(`/kegiatan?tanggal=${day}`);
    await entryRow(dewi, WORK[0].kegiatan).getByText('Disetujui').waitFor({ timeout: 60_000 });
    await entryRow(dewi, WORK[2].kegiatan).getByText('Disetujui').waitFor();
    const returned = entryRow(dewi, WORK[1].kegiatan);
    await returned.getByText('Dikembalikan').waitFor();
    await returned.getByText(`Catatan atasan: ${NOTE}`).waitFor();
    await returned.locator('.act-item__main').click();
    await dewi.getByText(`Dikembalikan oleh atasan. Catatan: ${NOTE}`).waitFor();
    await dewi
      .getByLabel('Tautan bukti dukung')
      .fill('https://drive.example.go.id/lembar-kerja-4a');
    // The note asked for a photo of the marked worksheets: she adds one.
    await dewi.locator('input[type=file]:not([capture])').setInputFiles({
      name: 'lembar-kerja.png',
      mimeType: 'image/png',
      buffer: png(1200, 900),
    });
    await dewi.getByText(/1 foto ditambahkan/).waitFor();
    await dewi.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await entryRow(dewi, WORK[1].kegiatan).getByText('Diajukan').waitFor();
    await untilOnServer(phone, activities, (docs) =>
      docs.some(
        (d) => d.kegiatan === WORK[1].kegiatan && d.round === 2 && d.status === 'submitted',
      ),
    );

    // Sri approves it with the keyboard; Dewi's day ends fully approved.
    await sri.goto(`/tim/verifikasi?pegawai=${DEWI.nip}`);
    const again = sri.getByRole('button', { name: new RegExp(WORK[1].kegiatan) });
    await again.waitFor({ timeout: 60_000 });
    // Before a trip without signal: every photo of the queue kept on the tablet, on request.
    await sri.getByRole('button', { name: 'Simpan foto untuk luring' }).click();
    const status = sri.getByText(/^(\d+) dari (\d+) foto antrean dapat dilihat luring\.$/);
    await expect
      .poll(
        async () => {
          const [, held, total] =
            /^(\d+) dari (\d+)/.exec((await status.textContent()) ?? '') ?? [];
          return held !== undefined && held === total;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    expect(await othersPhotoCount(sri, SRI.nip)).toBe(0);
    await again.click();
    await sri.getByText('Tautan', { exact: true }).waitFor();
    await sri.keyboard.press('a');
    await sri.getByText(`Disetujui: ${WORK[1].kegiatan}`).waitFor();
    await untilOnServer(tablet, verifications, (docs) =>
      docs.some((d) => d.round === 2 && d.decision === 'approved'),
    );
    await entryRow(dewi, WORK[1].kegiatan).getByText('Disetujui').waitFor({ timeout: 60_000 });
    await entryRow(dewi, WORK[1].kegiatan).locator('.act-item__main').click();
    await dewi.getByText('Kegiatan ini sudah disetujui dan tidak dapat diubah.').waitFor();
    expect(await dewi.getByLabel('Kegiatan', { exact: true }).isDisabled()).toBe(true);
  });
});
