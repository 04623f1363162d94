// Issue 11: an entry saved online, then submitted and changed again while offline, reaches the
// server as one chain of edits when the signal returns, and the appraiser reads the latest work.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, civilDate } from '../../client/core/dates';
import { goOffline, goOnline, signIn, waitForSynced } from './support/app';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { untilOnServer } from './support/server-docs';

const FIRST = 'Menyiapkan media pembelajaran pecahan';
const CHANGED = 'Menyiapkan media pembelajaran pecahan dan lembar kerja';

function entryRow(page: Page, kegiatan: string) {
  return page.locator('li.act-item', { hasText: kegiatan });
}

describe('activity: edits made one after another offline', () => {
  const h = useHarness();

  it('Dewi submits and changes an entry offline; Sri sees the latest content', async () => {
    // Yesterday evening: work already done at any hour of the run (core refuses later than now).
    const day = addDays(civilDate(Date.now()), -1);
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForSynced(dewi);

    // Online: a draft, synced to the server.
    await dewi.goto(`/kegiatan/baru?tanggal=${day}`);
    await dewi.getByLabel('Jam mulai').fill('18:10');
    await dewi.getByLabel('Jam selesai').fill('18:40');
    await dewi.getByLabel('Kegiatan', { exact: true }).fill(FIRST);
    await dewi.getByLabel('Realisasi').fill('1');
    await dewi.getByLabel('Satuan').fill('media');
    await dewi.getByRole('button', { name: 'Simpan', exact: true }).click();
    await entryRow(dewi, FIRST).getByText('Draf').waitFor();
    // The list shows the entry only once it is written: a reload the moment it shows keeps it.
    await dewi.reload();
    await entryRow(dewi, FIRST).getByText('Draf').waitFor();
    const prefix = `activity:${DEWI.nip}:${day}:`;
    await untilOnServer(phone, prefix, (docs) => docs.some((d) => d.kegiatan === FIRST));

    // Offline: Ajukan, then a change to the submitted work.
    await goOffline(phone);
    await entryRow(dewi, FIRST).locator('.act-item__main').click();
    await dewi.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await entryRow(dewi, FIRST).getByText('Diajukan').waitFor();
    await entryRow(dewi, FIRST).locator('.act-item__main').click();
    await dewi.getByLabel('Kegiatan', { exact: true }).fill(CHANGED);
    await dewi.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await entryRow(dewi, CHANGED).getByText('Diajukan').waitFor();

    // Back online: both edits go up in one push and are accepted.
    await goOnline(phone);
    await untilOnServer(phone, prefix, (docs) =>
      docs.some((d) => d.kegiatan === CHANGED && d.status === 'submitted' && d.round === 2),
    );
    await waitForSynced(dewi);
    expect(await dewi.getByText(/ditolak/i).count()).toBe(0);

    // Sri's tablet shows the latest content in her queue.
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await sri.goto(`/tim/verifikasi?pegawai=${DEWI.nip}`);
    await sri.getByRole('button', { name: new RegExp(CHANGED) }).waitFor({ timeout: 60_000 });
    expect(await sri.getByRole('button', { name: new RegExp(`${FIRST}$`) }).count()).toBe(0);
  });
});
