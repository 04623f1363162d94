// Continuous feedback across two devices (issue 13), in real Chromium against the real server with
// the demo: Sri, offline on her tablet, writes Dewi an apresiasi and a bimbingan with an agreed
// action; once Sri is back online Dewi finds both on her phone, opens the bimbingan (its action and
// due date), and replies; Sri sees the reply in the conversation on Dewi's page, marked new.
// Finalising an appraisal without its reasons is covered by appraisal-journey.test.ts.
import { describe, expect, it } from 'vitest';
import { goOffline, goOnline, signIn, waitForServiceWorker, waitForSynced } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEWI, SRI } from './support/demo';
import { useHarness } from './support/harness';
import { shotPath } from './support/screenshots';
import { untilOnServer } from './support/server-docs';
import { waitForRemote } from './appraisal-pages';

const SAVED = 'Umpan balik tersimpan. Sampai ke pegawai pada sinkron berikutnya.';
const APRESIASI = 'Lembar refleksi kelas 4A membuat murid berani bertanya. Terima kasih, Bu Dewi.';
const BIMBINGAN = 'Bimbingan: jadwal remedial matematika kita tata ulang bersama.';
const ACTION = 'Susun jadwal remedial pecahan untuk dua pekan';
const REPLY = 'Baik Bu, jadwalnya saya kirim hari Jumat.';

describe('feedback journey: the head writes offline, the employee reads and replies', () => {
  const h = useHarness();

  it('Sri writes an apresiasi and a bimbingan offline; Dewi reads both and replies; Sri sees it', async () => {
    const tablet = await h.context('tablet');
    const sri = await tablet.newPage();
    await signIn(sri, SRI.nip);
    await waitForSynced(sri);
    await waitForServiceWorker(sri);
    await goOffline(tablet);

    await sri.goto(`/tim/${DEWI.nip}`);
    await sri.getByRole('heading', { level: 1, name: new RegExp(DEWI.name) }).waitFor();
    await sri.getByRole('link', { name: 'Beri umpan balik', exact: true }).click();
    await sri.getByLabel('Isi umpan balik').fill(APRESIASI);
    await sri.getByRole('button', { name: 'Simpan' }).click();
    await sri.getByText(SAVED).waitFor();

    await sri.getByRole('link', { name: 'Beri umpan balik', exact: true }).click();
    await sri.getByLabel(/^Bimbingan/).check();
    await sri.getByLabel('Isi umpan balik').fill(BIMBINGAN);
    await sri.getByRole('button', { name: 'Tambah tindakan' }).click();
    await sri.getByLabel('Tindakan 1', { exact: true }).fill(ACTION);
    await sri.getByRole('button', { name: 'Simpan' }).click();
    await sri.getByText(SAVED).waitFor();

    // Nothing has left the tablet yet.
    const given = sri.getByRole('region', { name: 'Umpan balik yang diberikan' });
    await given.getByText(BIMBINGAN).waitFor();
    await given.getByText(APRESIASI).waitFor();
    await goOnline(tablet);
    await untilOnServer(tablet, `feedback:${DEWI.nip}:`, (docs) =>
      [APRESIASI, BIMBINGAN].every((text) => docs.some((d) => d.text === text)),
    );

    // Dewi's phone: both arrive, the bimbingan with its agreed action.
    const phone = await h.context('phone');
    const dewi = await phone.newPage();
    await signIn(dewi, DEWI.nip);
    await waitForSynced(dewi);
    await dewi.getByRole('navigation').getByRole('link', { name: 'Umpan balik' }).click();
    const list = dewi.getByRole('region', { name: 'Daftar umpan balik' });
    await waitForRemote(dewi, list.getByRole('link', { name: new RegExp(BIMBINGAN) }));
    await list.getByRole('link', { name: new RegExp(APRESIASI.slice(0, 30)) }).waitFor();
    await list.getByRole('link', { name: new RegExp(BIMBINGAN) }).click();
    const detail = dewi.getByRole('region', { name: 'Isi umpan balik' });
    await detail
      .getByRole('region', { name: 'Tindakan yang disepakati' })
      .getByText(ACTION)
      .waitFor();
    await detail.getByLabel('Balasan Anda').fill(REPLY);
    await detail.getByRole('button', { name: 'Kirim balasan' }).click();
    const thread = detail.getByRole('list', { name: 'Percakapan umpan balik' });
    await thread.getByText(REPLY).waitFor();
    await expectNoAxeViolations(dewi, 'a bimbingan with a reply (phone)');
    await dewi.screenshot({ path: shotPath('feedback-phone.png'), fullPage: true });

    // Sri's tablet: the reply in the conversation, marked as new.
    await sri.goto(`/tim/${DEWI.nip}`);
    await waitForRemote(sri, given.getByText(REPLY));
    const item = given.getByRole('article').filter({ hasText: BIMBINGAN });
    await item.getByText('Balasan baru').waitFor();
    expect(await item.getByRole('list', { name: 'Percakapan umpan balik' }).innerText()).toContain(
      REPLY,
    );
    await expectNoAxeViolations(sri, 'Dewi’s page with her reply (tablet)');
    await sri.screenshot({ path: shotPath('feedback-tablet.png'), fullPage: true });
  });
});
